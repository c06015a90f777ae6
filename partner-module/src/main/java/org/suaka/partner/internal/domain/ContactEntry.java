package org.suaka.partner.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.suaka.partner.api.Contact;

/**
 * A contact as stored in {@code PTR_CONTACT}.
 */
@Embeddable
public class ContactEntry {

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Column(name = "POSITION", length = 150)
    private String position;

    @Column(name = "EMAIL", length = 200)
    private String email;

    @Column(name = "PHONE", length = 20)
    private String phone;

    protected ContactEntry() {
        // for JPA
    }

    ContactEntry(Contact contact) {
        this.name = contact.name().strip();
        this.position = contact.position();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    Contact toContact() {
        return new Contact(name, position, email, phone);
    }
}

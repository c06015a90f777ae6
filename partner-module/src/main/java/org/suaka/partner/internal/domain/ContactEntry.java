package org.suaka.partner.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.suaka.partner.api.Contact;
import org.suaka.platform.api.InvalidFieldException;

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

    @Column(name = "ACTIVE_FROM")
    private LocalDate activeFrom;

    @Column(name = "ACTIVE_UNTIL")
    private LocalDate activeUntil;

    protected ContactEntry() {
        // for JPA
    }

    /**
     * @throws InvalidFieldException ({@code contacts}) when the contact's last day is before their first
     */
    ContactEntry(Contact contact) {
        if (contact.activeFrom() != null && contact.activeUntil() != null && contact.activeUntil().isBefore(contact.activeFrom())) {
            throw new InvalidFieldException("contacts", contact.name() + " cannot stop being a contact before starting");
        }
        this.activeFrom = contact.activeFrom();
        this.activeUntil = contact.activeUntil();
        this.name = contact.name().strip();
        this.position = contact.position();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    Contact toContact() {
        return new Contact(name, position, email, phone, activeFrom, activeUntil);
    }
}

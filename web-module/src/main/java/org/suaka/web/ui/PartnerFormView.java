package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.Contact;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationStatus;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.UpdateOrganisation;

/**
 * The page that corrects a partner organisation ({@code ?id=}): its name, kind, city and contacts, which
 * are saved together as the list shown. The version read when the page opened goes with the correction,
 * so that a change made meanwhile by someone else is not overwritten.
 */
@Named("partnerForm")
@ViewScoped
public class PartnerFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "partner";

    @Inject
    PartnerService partners;

    private String id;
    private Long version;
    private String name;
    private OrganisationType type;
    private String city;
    private String address;
    private String parentId;
    private OrganisationStatus status;
    private final List<ContactRow> contacts = new ArrayList<>();

    /** Fills the form from the organisation named by the {@code id} view parameter. */
    public void load() {
        OrganisationView organisation = OrganisationId.parse(id).flatMap(partners::findOrganisation).orElse(null);
        if (organisation == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        name = organisation.name();
        type = organisation.type();
        city = organisation.city();
        address = organisation.address();
        parentId = organisation.parentId() == null ? null : organisation.parentId().toString();
        status = organisation.status();
        contacts.clear();
        organisation.contacts().forEach(c -> contacts.add(ContactRow.of(c)));
        version = organisation.version();
    }

    /** @return whether an organisation was found to correct */
    public boolean isEditing() {
        return version != null;
    }

    /** Adds an empty contact row. */
    public void addContact() {
        contacts.add(new ContactRow());
    }

    /** @param row the contact row to take out */
    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    /** @return the organisation's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            List<Contact> typed = contacts.stream().filter(row -> !row.isBlank()).map(ContactRow::toContact).toList();
            OrganisationView organisation = partners.updateOrganisation(OrganisationId.parse(id).orElseThrow(),
                    new UpdateOrganisation(name, type, city == null ? "" : city, address == null ? "" : address,
                            OrganisationId.parse(parentId).orElse(null), parentId == null || parentId.isBlank(), status, typed,
                            version));
            Messages.info(Messages.text("partner.corrected", organisation.name()));
            return "/app/partner.xhtml?faces-redirect=true&id=" + organisation.id();
        });
    }

    /** @return the other organisations of the office, any of which this one may be a branch of */
    public List<OrganisationView> getParents() {
        return partners.organisations().stream().filter(o -> !o.id().toString().equals(id)).toList();
    }

    /** @return the statuses to choose from */
    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    /** @return the street address typed */
    public String getAddress() {
        return address;
    }

    /** @param address the street address typed */
    public void setAddress(String address) {
        this.address = address;
    }

    /** @return the organisation it is a branch of, as its id, or null */
    public String getParentId() {
        return parentId;
    }

    /** @param parentId the organisation it is a branch of, as its id, or empty for none */
    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    /** @return whether the office still works with it */
    public OrganisationStatus getStatus() {
        return status;
    }

    /** @param status whether the office still works with it */
    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    /** @return the kinds of organisation to choose from */
    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    /** @return the id of the organisation being corrected */
    public String getId() {
        return id;
    }

    /** @param id the id of the organisation to correct */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the name typed */
    public String getName() {
        return name;
    }

    /** @param name the name typed */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the kind chosen */
    public OrganisationType getType() {
        return type;
    }

    /** @param type the kind chosen */
    public void setType(OrganisationType type) {
        this.type = type;
    }

    /** @return the city typed */
    public String getCity() {
        return city;
    }

    /** @param city the city typed */
    public void setCity(String city) {
        this.city = city;
    }

    /** @return the contact rows, in order */
    public List<ContactRow> getContacts() {
        return contacts;
    }

    /** One editable row of the contact list. */
    public static class ContactRow extends PersonRow {

        private static final long serialVersionUID = 1L;

        private String email;
        private String phone;
        private LocalDate activeFrom;
        private LocalDate activeUntil;

        static ContactRow of(Contact contact) {
            ContactRow row = new ContactRow();
            row.setName(contact.name());
            row.setPosition(contact.position());
            row.email = contact.email();
            row.phone = contact.phone();
            row.activeFrom = contact.activeFrom();
            row.activeUntil = contact.activeUntil();
            return row;
        }

        boolean isBlank() {
            return isBlank(email, phone) && activeFrom == null && activeUntil == null;
        }

        Contact toContact() {
            return new Contact(getName(), orNull(getPosition()), orNull(email), orNull(phone), activeFrom, activeUntil);
        }

        /** @return the first day they are the office's contact */
        public LocalDate getActiveFrom() {
            return activeFrom;
        }

        /** @param activeFrom the first day they are the office's contact */
        public void setActiveFrom(LocalDate activeFrom) {
            this.activeFrom = activeFrom;
        }

        /** @return their last day as the office's contact */
        public LocalDate getActiveUntil() {
            return activeUntil;
        }

        /** @param activeUntil their last day as the office's contact */
        public void setActiveUntil(LocalDate activeUntil) {
            this.activeUntil = activeUntil;
        }

        /** @return the contact's e-mail address */
        public String getEmail() {
            return email;
        }

        /** @param email the contact's e-mail address */
        public void setEmail(String email) {
            this.email = email;
        }

        /** @return the contact's telephone number */
        public String getPhone() {
            return phone;
        }

        /** @param phone the contact's telephone number */
        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}

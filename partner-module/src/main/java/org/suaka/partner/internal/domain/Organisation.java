package org.suaka.partner.internal.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationStatus;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.UpdateOrganisation;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/**
 * A partner organisation and its contacts.
 */
@Entity
@Table(name = "PTR_ORGANISATION")
public class Organisation extends RecordEntity implements OfficeRecord {

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false, length = 30)
    private OrganisationType type;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "PARENT_ID", length = 36)
    private String parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "PTR_CONTACT", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @OrderColumn(name = "POSITION_IN_LIST")
    private List<ContactEntry> contacts = new ArrayList<>();

    protected Organisation() {
        // for JPA
    }

    /**
     * @param id the new organisation's id
     * @param command its validated facts
     */
    public Organisation(OrganisationId id, RegisterOrganisation command, OfficeId office) {
        super(id.value());
        this.office = office;
        this.name = command.name().strip();
        this.type = command.type();
        this.city = command.city();
        this.address = blankToNull(command.address());
        this.parentId = command.parentId() == null ? null : command.parentId().toString();
        command.contacts().forEach(c -> contacts.add(new ContactEntry(c)));
    }

    /**
     * Applies a correction; the caller has checked that a new name is free.
     *
     * @param command the validated correction
     * @throws org.suaka.platform.api.StaleVersionException when the caller read an older version
     */
    public void correct(UpdateOrganisation command) {
        requireVersion(command.version());
        if (command.name() != null) {
            this.name = command.name().strip();
        }
        if (command.type() != null) {
            this.type = command.type();
        }
        if (command.city() != null) {
            this.city = command.city().isBlank() ? null : command.city().strip();
        }
        if (command.address() != null) {
            this.address = blankToNull(command.address());
        }
        if (command.clearsParent()) {
            this.parentId = null;
        } else if (command.parentId() != null) {
            this.parentId = command.parentId().toString();
        }
        if (command.status() != null) {
            this.status = command.status();
        }
        if (command.contacts() != null) {
            contacts.clear();
            command.contacts().forEach(c -> contacts.add(new ContactEntry(c)));
        }
    }

    /** @return whether the office still works with it */
    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    /** @return the organisation it is a branch of, or empty */
    public java.util.Optional<OrganisationId> parent() {
        return OrganisationId.parse(parentId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @return the organisation's name */
    public String name() {
        return name;
    }

    /** @return the organisation's id */
    public OrganisationId id() {
        return new OrganisationId(uuid());
    }

    /** @return this organisation as the API shows it */
    public OrganisationView toView() {
        return new OrganisationView(id(), name, type, city, address, parent().orElse(null), status,
                contacts.stream().map(ContactEntry::toContact).toList(), version());
    }

    @Override
    public OfficeId office() {
        return office;
    }
}

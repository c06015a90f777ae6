package org.suaka.registry.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/** A family group of an office ({@code REG_FAMILY}); its members are {@link FamilyMember}s. */
@Entity
@Table(name = "REG_FAMILY")
public class Family extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    protected Family() {
        // for JPA
    }

    /** @param office the office whose family it is */
    public Family(OfficeId office) {
        super(UUID.randomUUID());
        this.office = office;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the family's id */
    public UUID id() {
        return uuid();
    }
}

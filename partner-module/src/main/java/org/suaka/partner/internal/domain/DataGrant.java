package org.suaka.partner.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.platform.access.DataCategory;
import org.suaka.platform.persistence.RecordEntity;

/**
 * A category of personal data an organisation may see, over a period: its data-sharing scope is the
 * set of grants valid on a day.
 */
@Entity
@Table(name = "PTR_DATA_GRANT")
public class DataGrant extends RecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 30)
    private DataCategory category;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    protected DataGrant() {
        // for JPA
    }

    /**
     * @param organisation the partner
     * @param category what it may see
     * @param validFrom the first day
     * @param validUntil the last day, or null
     */
    public DataGrant(Organisation organisation, DataCategory category, LocalDate validFrom, LocalDate validUntil) {
        super(UUID.randomUUID());
        this.organisation = organisation;
        this.category = category;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }
}

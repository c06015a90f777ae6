package org.suaka.partner.internal.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/**
 * A cooperation agreement with a partner ({@code PTR_AGREEMENT}) and the categories of personal data it grants
 * while it is valid ({@code PTR_AGREEMENT_SCOPE}).
 */
@Entity
@Table(name = "PTR_AGREEMENT")
public class Agreement extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    @Column(name = "AGREEMENT_NUMBER", nullable = false, length = 100)
    private String number;

    @Column(name = "SUBJECT", nullable = false, length = 500)
    private String subject;

    @Column(name = "SIGNED_ON", nullable = false)
    private LocalDate signedOn;

    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    @Column(name = "VALID_TO")
    private LocalDate validTo;

    @Column(name = "SCAN_TYPE", length = 30)
    private String scanType;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PTR_AGREEMENT_SCOPE", joinColumns = @JoinColumn(name = "AGREEMENT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20)
    private Set<DataCategory> scope = new HashSet<>();

    protected Agreement() {
        // for JPA
    }

    /**
     * @param command the agreement, checked: it ends on or after it begins, its scope holds no enforcement data
     * @param organisation the partner
     * @param recordedBy who records it
     */
    public Agreement(RecordAgreement command, Organisation organisation, String recordedBy) {
        super(UUID.randomUUID());
        this.office = organisation.office();
        this.organisation = organisation;
        this.number = command.number().strip();
        this.subject = command.subject().strip();
        this.signedOn = command.signedOn();
        this.validFrom = command.validFrom();
        this.validTo = command.validTo();
        this.recordedBy = recordedBy;
        this.scope = command.scope().isEmpty() ? new HashSet<>() : EnumSet.copyOf(command.scope());
    }

    /** @param mediaType the media type of the scan now attached */
    public void scanned(String mediaType) {
        this.scanType = mediaType;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the agreement's id */
    public UUID id() {
        return uuid();
    }

    /** @return the agreement as the API shows it */
    public AgreementView toView() {
        return new AgreementView(uuid(), organisation.id(), organisation.name(), number, subject, signedOn, validFrom, validTo,
                scope, scanType, recordedBy, version());
    }
}

package org.suaka.partner.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.partner.api.AgreementScan;
import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.partner.internal.domain.Agreement;
import org.suaka.partner.internal.domain.Organisation;
import org.suaka.partner.internal.persistence.AgreementRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.UploadedFiles;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/** Keeps the office's cooperation agreements with its partners, and their scans. Office staff only. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultAgreementService implements AgreementService {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private AgreementRepository agreements;
    private PartnerRepository partners;
    private OfficeScope offices;
    private Caller caller;
    private Clock clock;
    private Validator validator;

    public DefaultAgreementService() {
        // for CDI
    }

    /**
     * @param agreements where agreements are kept
     * @param partners where organisations are kept
     * @param offices the offices the caller reads and writes for
     * @param caller who records
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultAgreementService(AgreementRepository agreements, PartnerRepository partners, OfficeScope offices,
            Caller caller, Clock clock, Validator validator) {
        this.agreements = agreements;
        this.partners = partners;
        this.offices = offices;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public AgreementView record(RecordAgreement command) {
        Commands.valid(validator, command);
        if (command.validFrom().getYear() < FIRST_YEAR || command.validFrom().getYear() > LAST_YEAR) {
            throw new InvalidFieldException("validFrom", "An agreement holds from a day between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (command.validTo() != null && command.validTo().getYear() > LAST_YEAR) {
            throw new InvalidFieldException("validTo", "An agreement ends by " + LAST_YEAR + " or has no end");
        }
        if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            throw new InvalidFieldException("validTo", "An agreement ends on or after the day it begins");
        }
        EnforcementData.requireNoneOf(command.scope());
        OfficeId mine = offices.writable();
        Organisation organisation = partners.find(command.organisationId()).filter(o -> o.office().equals(mine))
                .orElseThrow(() -> new InvalidFieldException("organisationId", "No partner has id " + command.organisationId()));
        Agreement agreement = new Agreement(command, organisation, caller.name().orElseThrow());
        agreements.add(agreement);
        return agreement.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public AgreementView attachScan(UUID id, byte[] content) {
        UploadedFiles.Kind kind = UploadedFiles.check("scan", content, MAX_SCAN_BYTES,
                java.util.Set.of(UploadedFiles.Kind.PDF, UploadedFiles.Kind.JPEG));
        OfficeId mine = offices.writable();
        Agreement agreement = agreements.find(id).filter(a -> a.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("agreement", id.toString()));
        agreements.saveScan(agreement, kind.mediaType(), content);
        return agreement.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AgreementScan> scanOf(UUID id) {
        return agreements.find(id).flatMap(agreements::scanOf).map(scan -> new AgreementScan(scan.content(), scan.mediaType()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AgreementView> find(UUID id) {
        return agreements.find(id).map(Agreement::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<AgreementView> list(OrganisationId organisationId, PageRequest page) {
        return agreements.list(organisationId, page).map(Agreement::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<AgreementView> expiring(int days, PageRequest page) {
        if (days < 1 || days > 366) {
            throw new InvalidFieldException("days", "Look 1 to 366 days ahead");
        }
        LocalDate today = LocalDate.now(clock);
        return agreements.ending(today, today.plusDays(days), page).map(Agreement::toView);
    }
}

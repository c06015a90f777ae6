package org.suaka.partner.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * Cooperation agreements (MoU, PKS) with partners. The personal data a partner's staff may see on a day is what
 * the partner's agreements valid on that day grant. Office staff only.
 */
public interface AgreementService {

    /** The largest scan of an agreement accepted, in bytes. */
    int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    /**
     * @param command the agreement
     * @return the agreement
     * @throws org.suaka.platform.api.InvalidFieldException for an unknown partner or one ending before it begins
     * @throws org.suaka.platform.api.BusinessRuleException ({@code enforcement-data-not-shared}) for a scope
     *     naming enforcement data
     */
    AgreementView record(@NotNull @Valid RecordAgreement command);

    /**
     * @param id an agreement of the caller's office
     * @param content its scan: a PDF or a JPEG of at most {@link #MAX_SCAN_BYTES}, judged by its content
     * @return the agreement
     * @throws org.suaka.platform.api.InvalidFieldException ({@code scan}) for another kind of file
     */
    AgreementView attachScan(@NotNull UUID id, @NotNull byte[] content);

    /**
     * @param id an agreement's id
     * @return its scan, when one is attached and the caller reads the agreement
     */
    Optional<AgreementScan> scanOf(@NotNull UUID id);

    /**
     * @param id an agreement's id
     * @return the agreement, when the caller reads its office
     */
    Optional<AgreementView> find(@NotNull UUID id);

    /**
     * @param organisationId only this partner's; null for every partner's
     * @param page which slice
     * @return the agreements, the latest to begin first
     */
    ResultPage<AgreementView> list(OrganisationId organisationId, @NotNull @Valid PageRequest page);

    /**
     * @param days how many days ahead
     * @param page which slice
     * @return the agreements that end from today to that day, soonest first
     */
    ResultPage<AgreementView> expiring(@Min(1) @Max(366) int days, @NotNull @Valid PageRequest page);
}

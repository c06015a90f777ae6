package org.suaka.shelter.api;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;

/**
 * Exit permits (izin keluar): an officer asks for one for a person placed in a shelter, a supervisor
 * approves or refuses it (never one they asked for themselves), and the actual return is recorded; a
 * person not back after the expected return is overdue.
 */
public interface ExitPermitService {

    /**
     * @param command the person, purpose, destination and times
     * @return the permit, requested
     * @throws org.suaka.platform.api.InvalidFieldException when the return is not after the leave, or more than
     *     30 days later, or the person is unknown
     * @throws org.suaka.platform.api.BusinessRuleException ({@code person-not-placed}) when the person is not
     *     placed in a shelter of the office when leaving
     */
    PermitView request(@NotNull @Valid RequestPermit command);

    /**
     * @param id a requested permit of the caller's office
     * @param command the supervisor's note and the version read
     * @return the permit, approved
     * @throws org.suaka.platform.api.BusinessRuleException ({@code own-permit}) when the supervisor asked for it
     *     themselves; ({@code permit-decided}) when it was decided already
     */
    PermitView approve(@NotNull PermitId id, @NotNull @Valid DecidePermit command);

    /**
     * @param id a requested permit of the caller's office
     * @param command the supervisor's note and the version read
     * @return the permit, refused
     */
    PermitView refuse(@NotNull PermitId id, @NotNull @Valid DecidePermit command);

    /**
     * @param id an approved permit of the caller's office
     * @param command when the person came back, and the version read
     * @return the permit, returned
     */
    PermitView recordReturn(@NotNull PermitId id, @NotNull @Valid RecordReturn command);

    /**
     * @param id a permit's id
     * @return the permit, when it belongs to an office the caller reads
     */
    Optional<PermitView> find(@NotNull PermitId id);

    /**
     * @param query the filter and the page
     * @return the permits of the offices the caller reads
     */
    ResultPage<PermitView> list(@NotNull @Valid PermitQuery query);

    /**
     * @param from the first day
     * @param to the last day
     * @return the permits of the offices the caller reads leaving in those days, the overdue ones first, then by
     *     leave; at most 2,000
     */
    java.util.List<PermitView> leavingBetween(@NotNull java.time.LocalDate from, @NotNull java.time.LocalDate to);
}

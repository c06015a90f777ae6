package org.suaka.registry.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * Registers, corrects and looks up the persons the office supervises. Ending a person's supervision fires
 * {@link PersonDeparted} in the same transaction.
 */
public interface PersonService {

    /**
     * Puts a person under supervision.
     *
     * @param command the person's facts, validated
     * @return the registered person
     * @throws org.suaka.platform.api.InvalidFieldException when the nationality is not an ISO 3166 code
     * @throws org.suaka.platform.api.BusinessRuleException when the UNHCR number is already registered, or
     *     ({@code probable-duplicate}) when a registered person is a probable duplicate
     *     ({@link #duplicateCandidates(RegisterPerson)}): register them with {@link #register(RegisterPerson, boolean)}
     *     once someone has checked that they are a different person
     */
    default PersonView register(@NotNull @Valid RegisterPerson command) {
        return register(command, false);
    }

    /**
     * Puts a person under supervision.
     *
     * @param command the person's facts, validated
     * @param duplicateChecked whether someone checked the probable duplicates and found them different persons
     * @return the registered person
     * @throws org.suaka.platform.api.BusinessRuleException when the UNHCR number is already registered, or when
     *     a probable duplicate exists and the check was not confirmed
     */
    PersonView register(@NotNull @Valid RegisterPerson command, boolean duplicateChecked);

    /**
     * Corrects a person's facts (a mistyped name, a wrong date of birth). The result must pass the same
     * rules as a registration.
     *
     * @param id the person
     * @param command the fields to change and the version the caller read
     * @return the corrected person
     * @throws PersonNotFoundException when no person has that id
     * @throws org.suaka.platform.api.InvalidFieldException when a corrected field is implausible
     * @throws org.suaka.platform.api.StaleVersionException when the person changed since the caller read it
     * @throws org.suaka.platform.api.BusinessRuleException when the UNHCR number belongs to another person
     */
    PersonView update(@NotNull PersonId id, @NotNull @Valid UpdatePerson command);

    /**
     * @param id the person's id
     * @return the person, or empty when no person has that id
     */
    Optional<PersonView> find(@NotNull PersonId id);

    /**
     * @param id the person's id
     * @return the person
     * @throws PersonNotFoundException when no person has that id
     */
    default PersonView get(@NotNull PersonId id) {
        return find(id).orElseThrow(() -> new PersonNotFoundException(id));
    }

    /**
     * @param ids persons' ids, at most {@link org.suaka.platform.api.PageRequest#MAX_LIMIT}
     * @return the registered persons among them, by id, read in one query
     */
    Map<PersonId, PersonView> findAll(@NotNull @Size(max = PageRequest.MAX_LIMIT) Collection<PersonId> ids);

    /**
     * Looks persons up in slices of {@link PageRequest#MAX_LIMIT}, one query each: for a list whose length
     * the caller does not bound (a roll call, a report's rows); a page shown uses {@link #findAll}.
     *
     * @param ids the persons wanted, any number
     * @return those the caller may read, by the id asked for
     */
    default Map<PersonId, PersonView> findEach(@NotNull Collection<PersonId> ids) {
        List<PersonId> distinct = ids.stream().distinct().toList();
        Map<PersonId, PersonView> found = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += PageRequest.MAX_LIMIT) {
            found.putAll(findAll(distinct.subList(from, Math.min(distinct.size(), from + PageRequest.MAX_LIMIT))));
        }
        return found;
    }

    /**
     * @param id the person's id
     * @return whether a person with that id is registered
     */
    boolean exists(@NotNull PersonId id);

    /**
     * Records UNHCR's decision on a person's status.
     *
     * @param id the person, of the caller's office
     * @param command the status, the day of the decision and a note
     * @return the person with the status
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.BusinessRuleException ({@code unhcr-status-unchanged}) when the person has
     *     that status already
     * @throws org.suaka.platform.api.InvalidFieldException when the day is before the last change
     */
    PersonView recordUnhcrStatus(@NotNull PersonId id, @NotNull @Valid RecordUnhcrStatus command);

    /**
     * @param id the person
     * @return the changes of the person's UNHCR status, oldest first
     */
    List<UnhcrStatusView> unhcrStatusHistory(@NotNull PersonId id);

    /**
     * @param id the person
     * @return the person's specific needs
     * @throws org.suaka.platform.api.AccessDeniedException when the caller's organisation is not granted referral data
     */
    Set<Vulnerability> vulnerabilitiesOf(@NotNull PersonId id);

    /**
     * Records a person's specific needs as a whole: needs left out are no longer recorded.
     *
     * @param id the person, of the caller's office
     * @param flags the needs
     * @return the needs as recorded
     * @throws PersonNotFoundException when the caller's office has no such person
     */
    Set<Vulnerability> recordVulnerabilities(@NotNull PersonId id, @NotNull @Valid VulnerabilityFlags flags);

    /**
     * Ends a person's supervision without a departure reason. Kept for earlier clients:
     * {@link #changeStatus(PersonId, ChangeStatus)} to {@link SupervisionStatus#DEPARTED} records the reason.
     *
     * @param id the person
     * @param command the last day of supervision and the version the caller saw
     * @return the person with supervision ended
     * @throws PersonNotFoundException when no person has that id
     * @throws org.suaka.platform.api.BusinessRuleException when supervision ended already or would end before it began
     * @throws org.suaka.platform.api.StaleVersionException when the person changed since the caller read it
     */
    PersonView endSupervision(@NotNull PersonId id, @NotNull @Valid EndSupervision command);

    /**
     * Changes a person's supervision status. A departure ends the supervision on its day, closes the person's
     * time with the office and fires {@link PersonDeparted} in the same transaction.
     *
     * @param id the person, of the caller's office
     * @param command the new status, its day, reason, destination and note, and the version the caller saw
     * @return the person with the new status
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.BusinessRuleException ({@code status-change-refused}) when the status may
     *     not follow the current one: back to found, out of departed, or the same again
     * @throws org.suaka.platform.api.InvalidFieldException when the reason does not fit the status, a needed
     *     destination is missing or unknown, or the day is before the last change or after today
     * @throws org.suaka.platform.api.StaleVersionException when the person changed since the caller read it
     */
    PersonView changeStatus(@NotNull PersonId id, @NotNull @Valid ChangeStatus command);

    /**
     * @param id the person
     * @return the changes of the person's supervision status, oldest first; the first is their registration
     */
    List<StatusChangeView> statusHistory(@NotNull PersonId id);

    /**
     * @param id the person
     * @param command the consent as given
     * @return the recorded consent
     * @throws PersonNotFoundException when no person has that id
     */
    ConsentView recordConsent(@NotNull PersonId id, @NotNull @Valid RecordConsent command);

    /**
     * Corrects a recorded consent (what was recorded wrongly; a consent given again is a new one).
     *
     * @param personId whose consent
     * @param consentId the consent
     * @param command the fields to change and the version the caller saw
     * @return the corrected consent
     * @throws org.suaka.platform.api.RecordNotFoundException when the person has no such consent
     * @throws org.suaka.platform.api.StaleVersionException when someone changed it since the caller read it
     */
    ConsentView correctConsent(@NotNull PersonId personId, @NotNull ConsentId consentId,
            @NotNull @Valid UpdateConsent command);

    /**
     * @param id the person
     * @return the person's consents, latest first
     */
    List<ConsentView> consentsOf(@NotNull PersonId id);

    /**
     * @param search the filter and page
     * @return one page of persons, sorted by family name then given name
     */
    ResultPage<PersonView> search(@NotNull @Valid PersonSearch search);

    /**
     * Hands a person of the caller's office, and with them their family if asked, over to another office:
     * their stay with the caller's office ends on the day, a stay with the receiving office begins, and
     * their history is kept. Other modules hear of it through {@link PersonTransferred}.
     *
     * @param id the person
     * @param command the receiving office, the day, and whether the family goes too
     * @return the persons transferred, the person first
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.InvalidFieldException when the office is unknown, the top office or the
     *     person's own, or the day is before the person came to the office
     */
    List<PersonView> transfer(@NotNull PersonId id, @NotNull @Valid TransferPerson command);

    /**
     * @param id a person
     * @return the offices that supervised the person, oldest first
     */
    List<OfficeStayView> officeHistory(@NotNull PersonId id);

    /**
     * The registered persons who may be the same as a person of the registry: alike in name (whatever the
     * transliteration, whatever the word order), date of birth and nationality, or with the same UNHCR number.
     *
     * @param id the person
     * @return the candidates of the offices the caller reads, most alike first
     */
    List<DuplicateCandidate> duplicatesOf(@NotNull PersonId id);

    /**
     * The registered persons who may be the same as someone about to be registered.
     *
     * @param draft the registration as it would be sent
     * @return the candidates of the offices the caller reads, most alike first; a score of
     *     {@link DuplicateCandidate#PROBABLE} or more is a probable duplicate
     */
    List<DuplicateCandidate> duplicateCandidates(@NotNull @Valid RegisterPerson draft);

    /**
     * Records a person's monthly self-report, taken by the calling officer.
     *
     * @param id the person, under supervision
     * @param command the day and remarks
     * @return the report
     */
    SelfReportView recordSelfReport(@NotNull PersonId id, @NotNull @Valid RecordSelfReport command);

    /**
     * @param id a person
     * @return their self-reports, latest first
     */
    List<SelfReportView> selfReportsOf(@NotNull PersonId id);

    /**
     * The self-report compliance of a month (Daftar Wajib Lapor): every person under supervision on the
     * month's last day (today, for the current month), with their last self-report in the month.
     *
     * @param month the month, not after the current one
     * @return the persons of the offices the caller reads, those who have not reported first, then by name
     */
    List<SelfReportStanding> selfReportStanding(@NotNull java.time.YearMonth month);

    /**
     * The persons who owe a self-report: under supervision through the whole of the last {@code months}
     * months up to {@code month} (the current month counts up to today) and without a report in any of them.
     * One month lists who is overdue this month; three list who missed three months in a row.
     *
     * @param month the last month looked at
     * @param months how many months, 1 to 12
     * @param page which of them
     * @return the persons of the offices the caller reads, by name
     */
    ResultPage<PersonView> withoutSelfReport(@NotNull java.time.YearMonth month, @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(12) int months, @NotNull @Valid PageRequest page);
}

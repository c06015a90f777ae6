package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.partner.api.AnswerReferral;
import org.suaka.partner.api.CompleteReferral;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.Refer;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralView;
import org.suaka.partner.api.ServiceKind;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;

/**
 * The referrals page: a form to refer a person to a partner, the referrals filtered by partner, person and
 * status and paged by the database, and the one opened with the answers the caller's role may give.
 */
@Named("referrals")
@ViewScoped
public class ReferralsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferralService referrals;

    @Inject
    transient PartnerService partners;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private String personFilter;
    private String organisationFilter;
    private ReferralStatus statusFilter;
    private String personId;
    private String organisationId;
    private ServiceKind service;
    private LocalDate requestedOn;
    private String reason;
    private ReferralView opened;
    private String note;
    private LocalDate completedOn;
    private String outcome;
    private Map<PersonId, PersonView> names = Map.of();
    private final LazyDataModel<ReferralView> model = new ServicePages<ReferralView>(
            page -> referrals.list(new ReferralQuery(OrganisationId.parse(organisationFilter).orElse(null),
                    PersonId.parse(personFilter).orElse(null), statusFilter, null, null, page)), row -> row.id().toString())
            .whenShown(rows -> names = persons.findAll(rows.stream().map(ReferralView::personId).distinct().toList()));

    /** Refers the person the form names. */
    public void refer() {
        FormFailures.submit("refer", () -> {
            opened = referrals.refer(new Refer(PersonId.parse(personId).orElse(null),
                    OrganisationId.parse(organisationId).orElse(null), service, requestedOn, reason));
            Messages.info(Messages.text("referral.referred"));
            reason = null;
            return null;
        });
    }

    /** @param referral the referral to show with its answers */
    public void open(ReferralView referral) {
        opened = referrals.find(referral.id()).orElse(null);
    }

    /** Accepts the referral opened. */
    public void accept() {
        answer(() -> referrals.accept(opened.id(), new AnswerReferral(note, opened.version())), "referral.accepted");
    }

    /** Rejects the referral opened, with the note as the reason. */
    public void reject() {
        answer(() -> referrals.reject(opened.id(), new AnswerReferral(note, opened.version())), "referral.rejected");
    }

    /** Withdraws the referral opened, with the note as the reason. */
    public void cancel() {
        answer(() -> referrals.cancel(opened.id(), new AnswerReferral(note, opened.version())), "referral.cancelled");
    }

    /** Records the outcome of the referral opened. */
    public void complete() {
        answer(() -> referrals.complete(opened.id(), new CompleteReferral(completedOn, outcome, opened.version())),
                "referral.completed");
    }

    private void answer(java.util.function.Supplier<ReferralView> call, String done) {
        FormFailures.submit("detail", () -> {
            opened = call.get();
            Messages.info(Messages.text(done));
            note = null;
            outcome = null;
            return null;
        });
    }

    /**
     * @param text what the user typed
     * @return up to ten persons whose name contains it
     */
    public List<PersonView> complete(String text) {
        return persons.search(new PersonSearch(text, null, new PageRequest(0, 10))).items();
    }

    /**
     * @param referral a referral of the page shown, or the one opened
     * @return the person's name
     */
    public String nameOf(ReferralView referral) {
        PersonView person = names.get(referral.personId());
        if (person == null) {
            person = persons.find(referral.personId()).orElse(null);
        }
        return person == null ? referral.personId().toString() : person.fullName();
    }

    /** @return the name of the person the page is about, or null on the page of every referral */
    public String getPersonName() {
        return PersonId.parse(personFilter).flatMap(persons::find).map(PersonView::fullName).orElse(null);
    }

    /** @return the partners of the office */
    public List<OrganisationView> getOrganisations() {
        return partners.organisations();
    }

    /** @return the services */
    public ServiceKind[] getServices() {
        return ServiceKind.values();
    }

    /** @return the statuses */
    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    /** @return the table's lazy model */
    public LazyDataModel<ReferralView> getModel() {
        return model;
    }

    /** @return the referral shown, or null */
    public ReferralView getOpened() {
        return opened;
    }

    /** @return the person the list is narrowed to (the page's {@code person} parameter), or null */
    public String getPersonFilter() {
        return personFilter;
    }

    /** @param personFilter the person to narrow the list to; also the person the form refers */
    public void setPersonFilter(String personFilter) {
        this.personFilter = personFilter == null || personFilter.isBlank() ? null : personFilter;
        if (personId == null && PersonId.parse(this.personFilter).isPresent()) {
            personId = this.personFilter;
        }
    }

    /** @return the partner the list is narrowed to, or null */
    public String getOrganisationFilter() {
        return organisationFilter;
    }

    /** @param organisationFilter the partner to narrow the list to, or null */
    public void setOrganisationFilter(String organisationFilter) {
        this.organisationFilter = organisationFilter == null || organisationFilter.isBlank() ? null : organisationFilter;
    }

    /** @return the status the list is narrowed to, or null */
    public ReferralStatus getStatusFilter() {
        return statusFilter;
    }

    /** @param statusFilter the status to narrow the list to, or null */
    public void setStatusFilter(ReferralStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    /** @return the person referred */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person referred */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the partner referred to */
    public String getOrganisationId() {
        return organisationId;
    }

    /** @param organisationId the partner referred to */
    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    /** @return the service */
    public ServiceKind getService() {
        return service;
    }

    /** @param service the service */
    public void setService(ServiceKind service) {
        this.service = service;
    }

    /** @return the day of the referral; today at first */
    public LocalDate getRequestedOn() {
        if (requestedOn == null) {
            requestedOn = LocalDate.now(clock);
        }
        return requestedOn;
    }

    /** @param requestedOn the day of the referral */
    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    /** @return why */
    public String getReason() {
        return reason;
    }

    /** @param reason why */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** @return the note of an answer */
    public String getNote() {
        return note;
    }

    /** @param note the note of an answer */
    public void setNote(String note) {
        this.note = note;
    }

    /** @return the day the service was given; today at first */
    public LocalDate getCompletedOn() {
        if (completedOn == null) {
            completedOn = LocalDate.now(clock);
        }
        return completedOn;
    }

    /** @param completedOn the day the service was given */
    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    /** @return what came of it */
    public String getOutcome() {
        return outcome;
    }

    /** @param outcome what came of it */
    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}

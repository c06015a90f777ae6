package org.suaka.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.office.api.OfficeService;
import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AgreementView;
import org.suaka.platform.api.Countries;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.ExpiringDocument;
import org.suaka.registry.api.MonthlyMovement;
import org.suaka.registry.api.OfficeFigures;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.shelter.api.AbsenceAlert;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.api.InspectionService;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.PresenceService;
import org.suaka.shelter.api.ShelterOccupancy;

/**
 * The dashboard: today's figures from the registry and shelter statistics, computed by the database.
 * The lists that need action name the persons overdue with their monthly self-report (this month, and
 * three months in a row); the others stay empty until the capability that feeds them exists.
 */
@Named("dashboard")
@RequestScoped
public class DashboardView {

    /** How many persons an action list names before it says how many more there are. */
    private static final int ACTION_ROWS = 8;
    private static final int AGREEMENT_DAYS = 60;

    @Inject
    SupervisionStatistics supervision;

    @Inject
    OccupancyStatistics occupancy;

    @Inject
    Clock clock;

    @Inject
    LanguageView language;

    @Inject
    OfficeBar office;

    @Inject
    OfficeService offices;

    @Inject
    PersonService persons;

    @Inject
    DocumentService documents;

    @Inject
    ExitPermitService permits;

    @Inject
    PresenceService presence;

    @Inject
    InspectionService inspections;

    @Inject
    AgreementService agreements;

    @Inject
    ActionItemService actionItems;

    private ResultPage<PersonView> overdueThisMonth;
    private ResultPage<ExpiringDocument> expiringDocuments;
    private ResultPage<PersonView> missedThreeMonths;
    private List<OverduePermit> overduePermits;
    private List<Alert> absenceAlerts;
    private ResultPage<InspectionView> openInspections;
    private ResultPage<AgreementView> expiringAgreements;
    private ResultPage<ActionItemView> openActionItems;
    private long absenceAlertCount;
    private long overduePermitCount;

    private LocalDate today;
    private long underSupervision;
    private List<Tally> byNationality;
    private List<ShelterOccupancy> shelters;
    private List<MonthlyMovement> movements;
    private List<OfficeRow> perOffice = List.of();

    @PostConstruct
    void load() {
        today = LocalDate.now(clock);
        underSupervision = supervision.countUnderSupervision(today);
        byNationality = supervision.byNationality(today);
        shelters = occupancy.occupancyOn(today);
        YearMonth thisMonth = YearMonth.from(today);
        movements = supervision.movements(thisMonth.minusMonths(11), thisMonth);
        if (office.isNational()) {
            Map<OfficeId, OfficeFigures> figures = new HashMap<>();
            supervision.perOffice(thisMonth).forEach(f -> figures.put(f.office(), f));
            perOffice = offices.all().stream().filter(o -> !o.national())
                    .filter(o -> figures.containsKey(o.id()) || OfficeSelection.current().isEmpty())
                    .map(o -> new OfficeRow(o.name(), Optional.ofNullable(figures.get(o.id()))
                            .orElseGet(() -> new OfficeFigures(o.id(), 0, new MonthlyMovement(thisMonth, 0, 0, 0, 0)))))
                    .toList();
        }
    }

    /** @return for a user of the top office, this month's figures of each office; empty for an officer */
    public List<OfficeRow> getPerOffice() {
        return perOffice;
    }

    /**
     * One office's line of the national dashboard.
     *
     * @param name the office's name
     * @param figures its figures this month
     */
    public record OfficeRow(String name, OfficeFigures figures) {
    }

    /** @return persons under supervision today */
    public long getUnderSupervision() {
        return underSupervision;
    }

    /** @return today, written out in the interface language */
    public String getToday() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(today);
    }

    /** @return today as YYYY-MM-DD, for links */
    public String getTodayIso() {
        return today.toString();
    }

    /** @return persons under supervision by nationality */
    public List<Tally> getByNationality() {
        return byNationality;
    }

    /** @return every shelter with today's occupants */
    public List<ShelterOccupancy> getShelters() {
        return shelters;
    }

    /**
     * @param shelter a shelter
     * @return its occupancy as a whole percentage of capacity
     */
    public long percentFull(ShelterOccupancy shelter) {
        return shelter.capacity() == 0 ? 0 : Math.round(100.0 * shelter.occupants() / shelter.capacity());
    }

    /** @return the nationality chart */
    public String getNationalityChart() {
        return Charts.doughnut(byNationality.stream().map(t -> countryName(t.key())).toList(),
                byNationality.stream().map(Tally::count).toList());
    }

    /** @return occupants against capacity per shelter */
    public String getShelterChart() {
        return Charts.bars(shelters.stream().map(ShelterOccupancy::shelterName).toList(), List.of(
                new Charts.Series(Messages.text("dashboard.occupants"),
                        shelters.stream().map(ShelterOccupancy::occupants).toList()),
                new Charts.Series(Messages.text("dashboard.capacity"),
                        shelters.stream().map(ShelterOccupancy::capacity).toList())));
    }

    /** @return arrivals and departures per month over the last twelve months */
    public String getMovementChart() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale());
        return Charts.bars(movements.stream().map(m -> month.format(m.month())).toList(), List.of(
                new Charts.Series(Messages.text("dashboard.arrivals"),
                        movements.stream().map(MonthlyMovement::arrivals).toList()),
                new Charts.Series(Messages.text("dashboard.departures"),
                        movements.stream().map(MonthlyMovement::departures).toList()),
                new Charts.Series(Messages.text("dashboard.transfersIn"),
                        movements.stream().map(MonthlyMovement::transfersIn).toList()),
                new Charts.Series(Messages.text("dashboard.transfersOut"),
                        movements.stream().map(MonthlyMovement::transfersOut).toList())));
    }

    /**
     * @param alpha3 an ISO 3166-1 alpha-3 code
     * @return the country's name in the interface language
     */
    public String countryName(String alpha3) {
        return Countries.name(alpha3, locale());
    }

    private Locale locale() {
        return language.getLocale();
    }

    /** @return the first documents that expire within 30 days, with their number; staff only */
    public ResultPage<ExpiringDocument> getExpiringDocuments() {
        if (expiringDocuments == null) {
            expiringDocuments = documents.expiring(30, new PageRequest(0, ACTION_ROWS));
        }
        return expiringDocuments;
    }

    /** @return the first persons who have not reported this month, with their number; staff only */
    public ResultPage<PersonView> getOverdueThisMonth() {
        if (overdueThisMonth == null) {
            overdueThisMonth = persons.withoutSelfReport(YearMonth.from(today), 1, new PageRequest(0, ACTION_ROWS));
        }
        return overdueThisMonth;
    }

    /**
     * An approved exit permit whose person is not back in time, with the person's name.
     *
     * @param permit the permit
     * @param name the person's name
     */
    public record OverduePermit(PermitView permit, String name) {
    }

    /** @return the first persons late back from an exit permit, longest overdue first; staff only */
    public List<OverduePermit> getOverduePermits() {
        if (overduePermits == null) {
            ResultPage<PermitView> page = permits.list(new PermitQuery(null, true, null, new PageRequest(0, ACTION_ROWS)));
            Map<PersonId, PersonView> names = persons.findAll(page.items().stream().map(PermitView::personId).toList());
            overduePermitCount = page.total();
            overduePermits = page.items().stream().map(p -> new OverduePermit(p,
                    names.containsKey(p.personId()) ? names.get(p.personId()).fullName() : p.personId().toString())).toList();
        }
        return overduePermits;
    }

    /**
     * A person absent without a permit three checks in a row, with their name.
     *
     * @param alert the alert
     * @param name the person's name
     */
    public record Alert(AbsenceAlert alert, String name) {
    }

    /** @return the first persons absent without a permit three checks in a row; staff only */
    public List<Alert> getAbsenceAlerts() {
        if (absenceAlerts == null) {
            ResultPage<AbsenceAlert> page = presence.alerts(new PageRequest(0, ACTION_ROWS));
            Map<PersonId, PersonView> names = persons.findAll(page.items().stream().map(AbsenceAlert::personId).toList());
            absenceAlertCount = page.total();
            absenceAlerts = page.items().stream().map(a -> new Alert(a,
                    names.containsKey(a.personId()) ? names.get(a.personId()).fullName() : a.personId().toString())).toList();
        }
        return absenceAlerts;
    }

    /** @return the first action items of meetings still open, soonest due first; staff only */
    public ResultPage<ActionItemView> getOpenActionItems() {
        if (openActionItems == null) {
            openActionItems = actionItems.open(new PageRequest(0, ACTION_ROWS));
        }
        return openActionItems;
    }

    /** @return the first agreements with partners that end within 60 days, soonest first; staff only */
    public ResultPage<AgreementView> getExpiringAgreements() {
        if (expiringAgreements == null) {
            expiringAgreements = agreements.expiring(AGREEMENT_DAYS, new PageRequest(0, ACTION_ROWS));
        }
        return expiringAgreements;
    }

    /** @return the first inspections whose follow-up is still open, latest first; staff only */
    public ResultPage<InspectionView> getOpenInspections() {
        if (openInspections == null) {
            openInspections = inspections.list(new InspectionQuery(null, true, new PageRequest(0, ACTION_ROWS)));
        }
        return openInspections;
    }

    /** @return how many persons were absent without a permit three checks in a row */
    public long getAbsenceAlertCount() {
        getAbsenceAlerts();
        return absenceAlertCount;
    }

    /** @return how many persons are late back from an exit permit */
    public long getOverduePermitCount() {
        getOverduePermits();
        return overduePermitCount;
    }

    /** @return the first persons who have not reported for three months in a row, with their number; staff only */
    public ResultPage<PersonView> getMissedThreeMonths() {
        if (missedThreeMonths == null) {
            missedThreeMonths = persons.withoutSelfReport(YearMonth.from(today), 3, new PageRequest(0, ACTION_ROWS));
        }
        return missedThreeMonths;
    }
}

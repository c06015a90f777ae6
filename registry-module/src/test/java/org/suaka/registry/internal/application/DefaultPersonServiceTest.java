package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.OfficeStayView;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonTransferred;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.SelfReportView;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.TransferPerson;
import org.suaka.registry.api.UnhcrStatus;
import org.suaka.registry.api.UpdatePerson;
import org.suaka.registry.api.Vulnerability;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.FigureQuery;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

class DefaultPersonServiceTest {

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private final RecordedEvents<PersonDeparted> departures = new RecordedEvents<>();

    private final RecordedEvents<PersonTransferred> transfers = new RecordedEvents<>();

    private DefaultPersonService service(EntityManager em, AccessScope scope) {
        return service(em, scope, TwoOffices.officerOf(OfficeId.FIRST));
    }

    private DefaultPersonService service(EntityManager em, AccessScope scope, OfficeScope offices) {
        return new DefaultPersonService(new PersonRepository(em, offices), CLOCK, scope, new AuditedChanges(),
                departures, transfers, offices, new TwoOffices(), new FigureLedger(em));
    }

    private DefaultPersonService jakarta(EntityManager em) {
        return service(em, AccessScope.EVERYTHING, TwoOffices.officerOf(TwoOffices.JAKARTA));
    }

    @Test
    void aTransferMovesThePersonAndTheirFamilyWithTheirHistory() {
        PersonView father = register(new RegisterPerson("Mohammad Nabi", "Sultani", Sex.MALE, LocalDate.of(1980, 2, 2),
                "AFG", "386-00008181", "386-16C00099", LocalDate.of(2016, 5, 1)));
        PersonView daughter = register(new RegisterPerson("Mah Gul", "Sultani", Sex.FEMALE, LocalDate.of(2012, 4, 4),
                "AFG", "386-00008182", "386-16C00099", LocalDate.of(2016, 5, 1)));
        PersonView neighbour = register(person("AFG", "386-00008183"));
        LocalDate day = LocalDate.of(2024, 9, 2);

        List<PersonView> moved = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).transfer(father.id(),
                new TransferPerson(TwoOffices.JAKARTA, day, true, father.version())));

        assertEquals(List.of(father.id(), daughter.id()), moved.stream().map(PersonView::id).toList());
        assertTrue(db.inTransaction(em -> service(em, AccessScope.EVERYTHING).find(daughter.id())).isEmpty(),
                "Kupang no longer sees the daughter");
        assertEquals(TwoOffices.JAKARTA, db.inTransaction(em -> jakarta(em).find(daughter.id())).orElseThrow().office());
        assertEquals(OfficeId.FIRST, db.inTransaction(em -> service(em, AccessScope.EVERYTHING).find(neighbour.id()))
                .orElseThrow().office(), "the neighbour of another case stays");
        var history = db.inTransaction(em -> jakarta(em).officeHistory(father.id()));
        assertEquals(List.of(new OfficeStayView(OfficeId.FIRST, LocalDate.of(2016, 5, 1), day, false, true),
                new OfficeStayView(TwoOffices.JAKARTA, day, null, true, false)), history);
        assertEquals(2, transfers.fired().size());

        var kupangSeptember = db.inTransaction(em -> new DefaultSupervisionStatistics(new PersonRepository(em,
                TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST))).movements(YearMonth.of(2024, 9), YearMonth.of(2024, 9))).get(0);
        var jakartaSeptember = db.inTransaction(em -> new DefaultSupervisionStatistics(new PersonRepository(em,
                TwoOffices.officerOf(TwoOffices.JAKARTA)), new FigureQuery(em, TwoOffices.officerOf(TwoOffices.JAKARTA))).movements(YearMonth.of(2024, 9), YearMonth.of(2024, 9))).get(0);
        assertEquals(2, kupangSeptember.transfersOut());
        assertEquals(2, jakartaSeptember.transfersIn());
        assertEquals(0, jakartaSeptember.arrivals());
        long kupangBefore = db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST))
                .countUnderSupervision(LocalDate.of(2024, 9, 1)));
        long kupangAfter = db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST))
                .countUnderSupervision(LocalDate.of(2024, 9, 11)));
        assertEquals(2, kupangBefore, "the past of Kupang stays as it was");
        assertEquals(1, kupangAfter, "the neighbour, who came on the 11th");
    }

    @Test
    void aTransferToNoOfficeTheTopOfficeOrTheSameOfficeIsRefusedAndChangesNothing() {
        PersonView person = register(person("PAK", "386-00009191"));
        LocalDate day = LocalDate.of(2024, 9, 2);

        for (OfficeId wrong : List.of(OfficeId.random(), OfficeId.NATIONAL, OfficeId.FIRST)) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> db.run(em ->
                    service(em, AccessScope.EVERYTHING).transfer(person.id(), new TransferPerson(wrong, day, false,
                            person.version()))));
            assertEquals("to", refused.field());
        }
        assertThrows(PersonNotFoundException.class, () -> db.run(em -> jakarta(em).transfer(person.id(),
                new TransferPerson(OfficeId.FIRST, day, false, person.version()))), "Jakarta cannot take a person");
        assertEquals(OfficeId.FIRST, db.inTransaction(em -> service(em, AccessScope.EVERYTHING).find(person.id()))
                .orElseThrow().office());
    }

    private PersonView register(RegisterPerson command) {
        return db.inTransaction(em -> service(em, AccessScope.EVERYTHING).register(command));
    }

    private static RegisterPerson person(String nationality, String unhcr) {
        return new RegisterPerson("Gul Ahmad", "Wardak", Sex.MALE, LocalDate.of(1987, 1, 20), nationality, unhcr,
                "386-16C00042", null);
    }

    @Test
    void aTransliteratedSpellingInAnotherWordOrderIsAProbableDuplicate() {
        PersonView registered = register(new RegisterPerson("Mohammad Hussain", "Karimi", Sex.MALE,
                LocalDate.of(1990, 5, 5), "AFG", null, null, LocalDate.of(2016, 5, 1)));
        register(new RegisterPerson("Zahra", "Rezaei", Sex.FEMALE, LocalDate.of(1990, 5, 5), "AFG", null, null,
                LocalDate.of(2016, 5, 1)));
        register(new RegisterPerson("Muhammad Husain", "Karimi", Sex.MALE, LocalDate.of(1960, 1, 1), "AFG", null, null,
                LocalDate.of(2016, 5, 1)));

        List<DuplicateCandidate> candidates = db.inTransaction(em -> service(em, AccessScope.EVERYTHING)
                .duplicateCandidates(new RegisterPerson("Karimy", "Muhammed Hossein", Sex.MALE, LocalDate.of(1990, 8, 1),
                        "AFG", null, null, null)));

        assertEquals(1, candidates.size(), "the namesake born in 1960 and the other name are no candidates: " + candidates);
        assertEquals(registered.id(), candidates.get(0).personId());
        assertTrue(candidates.get(0).score() >= DuplicateCandidate.PROBABLE, candidates.toString());
        assertEquals(List.of("NAME", "YEAR_OF_BIRTH", "NATIONALITY"), candidates.get(0).reasons());
        assertEquals(List.of(), db.inTransaction(em -> service(em, AccessScope.EVERYTHING).duplicatesOf(
                candidates.get(0).personId())).stream().filter(c -> c.personId().equals(registered.id())).toList(),
                "a person is not their own duplicate");
    }

    @Test
    void aPersonIsFoundUnderAnySpellingOfTheirName() {
        PersonView registered = register(new RegisterPerson("Mohammad Hussain", "Karimi", Sex.MALE,
                LocalDate.of(1990, 5, 5), "AFG", null, null, LocalDate.of(2016, 5, 1)));
        register(new RegisterPerson("Mohammad", "Rezaei", Sex.MALE, LocalDate.of(1990, 5, 5), "AFG", null, null,
                LocalDate.of(2016, 5, 1)));

        for (String spelling : List.of("Muhammed Karimy", "karimi", "Hossein", "KARIMY MOHAMAD")) {
            List<PersonView> found = db.inTransaction(em -> service(em, AccessScope.EVERYTHING)
                    .search(new PersonSearch(spelling, null, PageRequest.first())).items());
            assertEquals(List.of(registered.id()), found.stream().map(PersonView::id).toList(), spelling);
        }
    }

    @Test
    void theOverdueSelfReportsOfTheMonthAndOfThreeMonthsInARow() {
        LocalDate since = LocalDate.of(2016, 5, 1);
        PersonView reports = register(new RegisterPerson("Sakina", "Jafari", Sex.FEMALE, LocalDate.of(1985, 3, 3), "AFG",
                null, null, since));
        PersonView lapsed = register(new RegisterPerson("Bilal", "Qureshi", Sex.MALE, LocalDate.of(1979, 4, 4), "PAK",
                null, null, since));
        PersonView never = register(new RegisterPerson("Nabi", "Wardak", Sex.MALE, LocalDate.of(1969, 5, 5), "AFG",
                null, null, since));
        db.run(em -> {
            DefaultPersonService service = service(em, AccessScope.EVERYTHING);
            for (LocalDate day : List.of(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 8, 6), LocalDate.of(2024, 9, 5))) {
                service.recordSelfReport(reports.id(), new RecordSelfReport(day, null));
            }
            service.recordSelfReport(lapsed.id(), new RecordSelfReport(LocalDate.of(2024, 7, 15), "Pindah kamar"));
        });

        assertEquals(List.of(lapsed.id(), never.id()), overdue(YearMonth.of(2024, 9), 1));
        assertEquals(List.of(never.id()), overdue(YearMonth.of(2024, 9), 3));
        assertEquals(List.of(lapsed.id(), never.id()), overdue(YearMonth.of(2024, 8), 1));
        List<SelfReportView> taken = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).selfReportsOf(lapsed.id()));
        assertEquals("Pindah kamar", taken.get(0).remarks());
        assertThrows(InvalidFieldException.class, () -> db.run(em -> service(em, AccessScope.EVERYTHING)
                .recordSelfReport(never.id(), new RecordSelfReport(LocalDate.of(2024, 9, 12), null))),
                "a report after today in Kupang");
    }

    private List<PersonId> overdue(YearMonth month, int months) {
        return db.inTransaction(em -> service(em, AccessScope.EVERYTHING).withoutSelfReport(month, months,
                PageRequest.first())).items().stream().map(PersonView::id).toList();
    }

    @Test
    void supervisionStartsTodayInKupangWhenNoDateIsGiven() {
        PersonView view = register(person("AFG", "386-00004242"));

        assertEquals(LocalDate.of(2024, 9, 11), view.supervisedFrom());
        assertTrue((boolean) db.inTransaction(em -> service(em, AccessScope.EVERYTHING).exists(view.id())));
    }

    @Test
    void aPartnerSeesOnlyTheCategoriesGrantedToItsOrganisation() {
        PersonView registered = register(person("AFG", "386-00005151"));
        AccessScope careOnly = () -> java.util.Set.of(DataCategory.IDENTITY, DataCategory.SHELTER);

        PersonView seen = db.inTransaction(em -> service(em, careOnly)
                .find(registered.id())).orElseThrow();

        assertEquals("Gul Ahmad", seen.givenName());
        assertEquals("386-00005151", seen.unhcrNumber());
        assertEquals(null, seen.unhcrCaseNumber());
        assertEquals(null, seen.supervisedFrom());
    }

    @Test
    void keepsConsentsWithTheirLanguageAndInterpreter() {
        PersonView registered = register(person("AFG", "386-00006262"));

        db.run(em -> service(em, AccessScope.EVERYTHING).recordConsent(
                registered.id(), new org.suaka.registry.api.RecordConsent("Berbagi data identitas dengan IOM Kupang",
                        LocalDate.of(2024, 9, 10), "fa", "Sayed Ali Hosseini")));

        var consents = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).consentsOf(registered.id()));
        assertEquals(1, consents.size());
        assertEquals("fa", consents.get(0).language());
        assertEquals("Sayed Ali Hosseini", consents.get(0).interpreter());
    }

    @Test
    void anonymisesCasesClosedBeforeTheCutoffAndKeepsTheStatistics() {
        PersonView closed = register(new RegisterPerson("Ghulam Sakhi", "Changezi", Sex.MALE, LocalDate.of(1975, 6, 15),
                "PAK", "386-00007373", "386-16C00042", LocalDate.of(2010, 1, 1)));
        PersonView open = register(person("AFG", "386-00007474"));
        db.run(em -> service(em, AccessScope.EVERYTHING)
                .endSupervision(closed.id(), new org.suaka.registry.api.EndSupervision(LocalDate.of(2012, 3, 1),
                        closed.version())));
        long before = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).countUnderSupervision(LocalDate.of(2011, 6, 30)));

        int anonymised = db.inTransaction(em -> new DefaultRetentionService(new PersonRepository(em, OfficeScope.SINGLE_OFFICE), new FigureLedger(em), CLOCK, 10)
                .anonymiseExpired()).anonymised();

        PersonView after = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).find(closed.id())).orElseThrow().toView();
        assertEquals(1, anonymised);
        assertEquals("ANONIM", after.givenName());
        assertEquals(null, after.unhcrNumber());
        assertEquals(LocalDate.of(1975, 1, 1), after.dateOfBirth());
        assertEquals("PAK", after.nationality());
        assertEquals(before, (long) db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).countUnderSupervision(LocalDate.of(2011, 6, 30))));
        assertEquals("Gul Ahmad", db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).find(open.id())).orElseThrow().toView().givenName());
        assertEquals(0, db.inTransaction(em -> new DefaultRetentionService(new PersonRepository(em, OfficeScope.SINGLE_OFFICE), new FigureLedger(em), CLOCK, 10)
                .anonymiseExpired()).anonymised());
    }

    @Test
    void refusesAnUnknownCountryCodeNamingTheField() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> register(person("AFX", null)));

        assertEquals("nationality", e.field());
    }

    @Test
    void refusesASecondPersonWithTheSameUnhcrNumber() {
        register(person("AFG", "386-00007777"));

        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> register(person("PAK", "386-00007777")));

        assertEquals("unhcr-number-taken", e.rule());
    }

    @Test
    void correctsAMistypedNameAndRefusesACorrectionBasedOnAnOlderVersion() {
        PersonView registered = register(person("AFG", "386-00008181"));

        PersonView corrected = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).update(registered.id(),
                new UpdatePerson("Gul Ahmad", "Wardak-Sa'adat", null, null, "pak", null, "", null, registered.version())));

        assertEquals("Wardak-Sa'adat", corrected.familyName());
        assertEquals("PAK", corrected.nationality());
        assertEquals(null, corrected.unhcrCaseNumber());
        assertEquals("386-00008181", corrected.unhcrNumber());
        assertEquals(LocalDate.of(1987, 1, 20), corrected.dateOfBirth());
        assertThrows(StaleVersionException.class, () -> db.run(em -> service(em, AccessScope.EVERYTHING).update(
                registered.id(), new UpdatePerson("Gulbuddin", null, null, null, null, null, null, null,
                        registered.version()))));
    }

    @Test
    void refusesImplausibleDatesAgainstTheOfficesToday() {
        assertEquals("dateOfBirth", assertThrows(InvalidFieldException.class, () -> register(new RegisterPerson(
                "Zahra", null, Sex.FEMALE, LocalDate.of(1899, 12, 31), "AFG", null, null, null))).field());
        assertEquals("dateOfBirth", assertThrows(InvalidFieldException.class, () -> register(new RegisterPerson(
                "Zahra", null, Sex.FEMALE, LocalDate.of(2024, 9, 12), "AFG", null, null, null))).field());
        assertEquals("supervisedFrom", assertThrows(InvalidFieldException.class, () -> register(new RegisterPerson(
                "Zahra", null, Sex.FEMALE, LocalDate.of(2015, 3, 1), "AFG", null, null, LocalDate.of(2014, 1, 1)))).field());
        PersonView bornToday = register(new RegisterPerson("Zahra", null, Sex.FEMALE, LocalDate.of(2024, 9, 11), "AFG",
                null, null, null));
        assertEquals(LocalDate.of(2024, 9, 11), bornToday.dateOfBirth());
    }

    @Test
    void endingSupervisionTellsOtherModulesTheLastDay() {
        PersonView registered = register(new RegisterPerson("Mohammad Nabi", "Hazara", Sex.MALE,
                LocalDate.of(1990, 4, 2), "AFG", null, null, LocalDate.of(2020, 1, 6)));

        db.run(em -> service(em, AccessScope.EVERYTHING).endSupervision(registered.id(),
                new EndSupervision(LocalDate.of(2024, 8, 30), registered.version())));

        assertEquals(List.of(new PersonDeparted(registered.id(), LocalDate.of(2024, 8, 30), null)), departures.fired());
    }

    @Test
    void theStatusMovesThroughItsLifeAndADepartureWithItsReasonIsFinal() {
        PersonView found = register(new RegisterPerson("Sayed Jawad", "Hosseini", Sex.MALE, LocalDate.of(1994, 7, 1),
                "AFG", null, null, LocalDate.of(2023, 3, 14)));
        assertEquals(SupervisionStatus.FOUND, found.status());

        PersonView detained = changeStatus(found, new ChangeStatus(SupervisionStatus.IN_DETENTION_HOUSE,
                LocalDate.of(2023, 3, 15), null, null, "Dibawa ke Rudenim Kupang", found.version()));
        PersonView sheltered = changeStatus(detained, new ChangeStatus(SupervisionStatus.IN_SHELTER,
                LocalDate.of(2023, 5, 2), null, null, null, detained.version()));
        PersonView inHospital = changeStatus(sheltered, new ChangeStatus(SupervisionStatus.OUTSIDE_SHELTER,
                LocalDate.of(2024, 1, 8), StatusReason.HOSPITAL, null, "RSUD W. Z. Johannes", sheltered.version()));
        PersonView back = changeStatus(inHospital, new ChangeStatus(SupervisionStatus.IN_SHELTER,
                LocalDate.of(2024, 1, 20), null, null, null, inHospital.version()));
        PersonView resettled = changeStatus(back, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 8, 30), StatusReason.RESETTLED, "can", null, back.version()));

        assertEquals(SupervisionStatus.DEPARTED, resettled.status());
        assertEquals(LocalDate.of(2024, 8, 30), resettled.supervisedUntil());
        assertEquals(List.of(new PersonDeparted(found.id(), LocalDate.of(2024, 8, 30), StatusReason.RESETTLED)),
                departures.fired());
        List<StatusChangeView> history = db.inTransaction(em -> service(em, AccessScope.EVERYTHING)
                .statusHistory(found.id()));
        assertEquals(List.of(SupervisionStatus.FOUND, SupervisionStatus.IN_DETENTION_HOUSE, SupervisionStatus.IN_SHELTER,
                SupervisionStatus.OUTSIDE_SHELTER, SupervisionStatus.IN_SHELTER, SupervisionStatus.DEPARTED),
                history.stream().map(StatusChangeView::status).toList());
        assertEquals("CAN", history.get(5).destination());
        assertEquals("RSUD W. Z. Johannes", history.get(3).note());
        assertEquals(LocalDate.of(2023, 3, 14), history.get(0).effectiveOn());

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> changeStatus(resettled,
                new ChangeStatus(SupervisionStatus.IN_SHELTER, LocalDate.of(2024, 9, 1), null, null, null,
                        resettled.version())));
        assertEquals("status-change-refused", refused.rule());
        assertEquals(6, db.inTransaction(em -> service(em, AccessScope.EVERYTHING).statusHistory(found.id())).size());
    }

    @Test
    void aStatusChangeWithoutItsReasonDestinationOrOrderIsRefusedAndChangesNothing() {
        PersonView person = register(new RegisterPerson("Zohra", "Rahimi", Sex.FEMALE, LocalDate.of(1999, 2, 3), "AFG",
                null, null, LocalDate.of(2023, 3, 14)));
        PersonView sheltered = changeStatus(person, new ChangeStatus(SupervisionStatus.IN_SHELTER,
                LocalDate.of(2023, 6, 1), null, null, null, person.version()));
        long version = sheltered.version();

        assertEquals("reason", refusedField(sheltered, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 1, 1), null, null, null, version)));
        assertEquals("reason", refusedField(sheltered, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 1, 1), StatusReason.HOSPITAL, null, null, version)));
        assertEquals("destination", refusedField(sheltered, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 1, 1), StatusReason.RESETTLED, null, null, version)));
        assertEquals("destination", refusedField(sheltered, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 1, 1), StatusReason.RESETTLED, "QQQ", null, version)));
        assertEquals("destination", refusedField(sheltered, new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 1, 1), StatusReason.DECEASED, "Kupang", null, version)));
        assertEquals("effectiveOn", refusedField(sheltered, new ChangeStatus(SupervisionStatus.OUTSIDE_SHELTER,
                LocalDate.of(2023, 5, 31), StatusReason.PERMITTED, null, null, version)));
        assertEquals("effectiveOn", refusedField(sheltered, new ChangeStatus(SupervisionStatus.OUTSIDE_SHELTER,
                LocalDate.of(2024, 9, 12), StatusReason.PERMITTED, null, null, version)));
        assertEquals("status-change-refused", assertThrows(BusinessRuleException.class, () -> changeStatus(sheltered,
                new ChangeStatus(SupervisionStatus.FOUND, LocalDate.of(2024, 1, 1), null, null, null, version))).rule());
        assertEquals("status-change-refused", assertThrows(BusinessRuleException.class, () -> changeStatus(sheltered,
                new ChangeStatus(SupervisionStatus.IN_SHELTER, LocalDate.of(2024, 1, 1), null, null, null, version))).rule());

        assertEquals(2, db.inTransaction(em -> service(em, AccessScope.EVERYTHING).statusHistory(person.id())).size());
        assertEquals(SupervisionStatus.IN_SHELTER, db.inTransaction(em -> service(em, AccessScope.EVERYTHING)
                .get(person.id())).status());
        assertTrue(departures.fired().isEmpty());
    }

    @Test
    void specificNeedsAreRecordedAsAWholeFilteredAndCounted() {
        PersonView zahra = register(new RegisterPerson("Zahra", "Haidari", Sex.FEMALE, LocalDate.of(1958, 1, 3), "AFG",
                null, null, LocalDate.of(2022, 4, 1)));
        PersonView gul = register(new RegisterPerson("Gul Ahmad", "Popal", Sex.MALE, LocalDate.of(1990, 6, 7), "AFG",
                null, null, LocalDate.of(2022, 4, 1)));
        db.run(em -> service(em, AccessScope.EVERYTHING).recordVulnerabilities(zahra.id(), new VulnerabilityFlags(
                Set.of(Vulnerability.SINGLE_WOMAN, Vulnerability.ELDERLY))));
        db.run(em -> service(em, AccessScope.EVERYTHING).recordVulnerabilities(gul.id(), new VulnerabilityFlags(
                Set.of(Vulnerability.DISABILITY))));

        Set<Vulnerability> after = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).recordVulnerabilities(
                zahra.id(), new VulnerabilityFlags(Set.of(Vulnerability.ELDERLY, Vulnerability.SERIOUS_MEDICAL_CONDITION))));

        assertEquals(Set.of(Vulnerability.ELDERLY, Vulnerability.SERIOUS_MEDICAL_CONDITION), after);
        assertEquals(after, db.inTransaction(em -> service(em, AccessScope.EVERYTHING).vulnerabilitiesOf(zahra.id())));
        var elderly = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).search(new PersonSearch(null, null,
                null, Vulnerability.ELDERLY, PersonSearch.Sort.NAME, false, PageRequest.first())));
        assertEquals(List.of(zahra.id()), elderly.items().stream().map(PersonView::id).toList());
        var found = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).search(new PersonSearch(null, null,
                SupervisionStatus.FOUND, null, PersonSearch.Sort.NAME, false, PageRequest.first())));
        assertEquals(2, found.total());
        var counted = db.inTransaction(em -> new DefaultSupervisionStatistics(new PersonRepository(em,
                TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST))).byVulnerability(LocalDate.of(2024, 9, 1)));
        assertEquals("DISABILITY=1, ELDERLY=1, SERIOUS_MEDICAL_CONDITION=1", counted.stream()
                .map(t -> t.key() + "=" + t.count()).sorted().collect(java.util.stream.Collectors.joining(", ")));
        AccessScope identityOnly = () -> Set.of(DataCategory.IDENTITY);
        assertThrows(AccessDeniedException.class, () -> db.inTransaction(em -> service(em, identityOnly)
                .vulnerabilitiesOf(zahra.id())));
    }

    @Test
    void theStatisticsCountAgeBandsStatusesAsOfADayAndDeparturesByReasonInTheDatabase() {
        PersonView child = register(new RegisterPerson("Roqia", "Amiri", Sex.FEMALE, LocalDate.of(2020, 9, 12), "AFG",
                null, null, LocalDate.of(2021, 1, 4)));
        PersonView elder = register(new RegisterPerson("Ghulam Sakhi", "Amiri", Sex.MALE, LocalDate.of(1960, 9, 1), "AFG",
                null, null, LocalDate.of(2021, 1, 4)));
        PersonView leaving = register(new RegisterPerson("Javid", "Amiri", Sex.MALE, LocalDate.of(1995, 3, 3), "AFG",
                null, null, LocalDate.of(2021, 1, 4)));
        changeStatus(child, new ChangeStatus(SupervisionStatus.IN_SHELTER, LocalDate.of(2021, 1, 4), null, null, null,
                child.version()));
        db.run(em -> service(em, AccessScope.EVERYTHING).recordUnhcrStatus(elder.id(), new RecordUnhcrStatus(
                UnhcrStatus.ASYLUM_SEEKER, LocalDate.of(2021, 2, 1), null)));
        db.run(em -> service(em, AccessScope.EVERYTHING).recordUnhcrStatus(elder.id(), new RecordUnhcrStatus(
                UnhcrStatus.REFUGEE, LocalDate.of(2023, 5, 1), null)));
        changeStatus(leaving, new ChangeStatus(SupervisionStatus.DEPARTED, LocalDate.of(2024, 6, 30),
                StatusReason.VOLUNTARY_RETURN, null, null, leaving.version()));

        assertEquals("0-4=1, 5-11=0, 12-17=0, 18-59=1, 60+=1", tallies(db.inTransaction(em -> stats(em)
                .byAgeBand(LocalDate.of(2024, 6, 1)))));
        assertEquals("0-4=0, 5-11=1, 12-17=0, 18-59=0, 60+=1", tallies(db.inTransaction(em -> stats(em)
                .byAgeBand(LocalDate.of(2025, 9, 12)))), "on her fifth birthday; the one who left is not counted");
        assertEquals("ASYLUM_SEEKER=1, NONE=2", tallies(db.inTransaction(em -> stats(em).byUnhcrStatus(
                LocalDate.of(2022, 1, 1)))));
        assertEquals("REFUGEE=1, NONE=2", tallies(db.inTransaction(em -> stats(em).byUnhcrStatus(
                LocalDate.of(2024, 1, 1)))));
        assertEquals("FOUND=2, IN_SHELTER=1", tallies(db.inTransaction(em -> stats(em).bySupervisionStatus(
                LocalDate.of(2024, 1, 1)))));
        assertEquals("VOLUNTARY_RETURN=1", tallies(db.inTransaction(em -> stats(em).departuresByReason(
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)))));
    }

    private static DefaultSupervisionStatistics stats(EntityManager em) {
        return new DefaultSupervisionStatistics(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST)));
    }

    private static String tallies(List<org.suaka.platform.api.Tally> tallies) {
        return tallies.stream().map(t -> t.key() + "=" + t.count()).collect(java.util.stream.Collectors.joining(", "));
    }

    private PersonView changeStatus(PersonView person, ChangeStatus command) {
        return db.inTransaction(em -> service(em, AccessScope.EVERYTHING).changeStatus(person.id(), command));
    }

    private String refusedField(PersonView person, ChangeStatus command) {
        return assertThrows(InvalidFieldException.class, () -> changeStatus(person, command)).field();
    }

    @Test
    void aNameFilterTakesPercentAndUnderscoreLiterally() {
        register(person("AFG", "386-00009191"));

        var everyone = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).search(
                new PersonSearch("%", null, PageRequest.first())));
        var underscore = db.inTransaction(em -> service(em, AccessScope.EVERYTHING).search(
                new PersonSearch("G_l", null, PageRequest.first())));

        assertEquals(0, everyone.total());
        assertEquals(0, underscore.total());
    }

    @Test
    void aPartnerWithoutIdentityDataCannotProbeNames() {
        register(person("AFG", "386-00009292"));
        AccessScope shelterOnly = () -> java.util.Set.of(DataCategory.SHELTER);

        assertThrows(AccessDeniedException.class, () -> db.inTransaction(em -> service(em, shelterOnly).search(
                new PersonSearch("Gul", null, PageRequest.first()))));
        assertThrows(AccessDeniedException.class, () -> db.inTransaction(em -> service(em, shelterOnly).search(
                new PersonSearch(null, "AFG", PageRequest.first()))));
        var listed = db.inTransaction(em -> service(em, shelterOnly).search(new PersonSearch(null, null,
                PageRequest.first())));
        assertEquals(1, listed.total());
        assertEquals(null, listed.items().get(0).givenName());
    }
}

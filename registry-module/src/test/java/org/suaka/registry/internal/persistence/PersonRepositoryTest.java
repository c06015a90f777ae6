package org.suaka.registry.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.Tally;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.domain.OfficeStay;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonFacts;
import org.suaka.registry.internal.persistence.PersonRepository.GroupingAttribute;
import org.suaka.registry.testing.TwoOffices;

class PersonRepositoryTest {

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static PersonFacts facts(String given, String family, Sex sex, String nationality, String unhcr,
            LocalDate from) {
        return new PersonFacts(given, family, sex, LocalDate.of(1990, 3, 14), nationality, unhcr, null, from);
    }

    private void store(PersonFacts... all) {
        storeAt(OfficeId.FIRST, all);
    }

    private void storeAt(OfficeId office, PersonFacts... all) {
        db.run(em -> {
            for (PersonFacts f : all) {
                Person person = new Person(PersonId.random(), f, office);
                PersonRepository persons = new PersonRepository(em, OfficeScope.SINGLE_OFFICE);
                persons.add(person);
                persons.add(new OfficeStay(person, office, f.supervisedFrom(), false));
                persons.replaceNameKeys(person.id(), org.suaka.registry.internal.domain.NameKeys.words(f.givenName(),
                        f.familyName()), f.dateOfBirth().getYear());
            }
        });
    }

    @Test
    void anOfficeFindsCountsAndListsOnlyItsOwnPersons() {
        OfficeId jakarta = OfficeId.random();
        store(facts("Mohammad Reza", "Hosseini", Sex.MALE, "AFG", null, LocalDate.of(2016, 5, 1)));
        storeAt(jakarta, facts("Shabnam", "Rahimi", Sex.FEMALE, "AFG", null, LocalDate.of(2018, 2, 1)),
                facts("Bilal", "Qureshi", Sex.MALE, "PAK", null, LocalDate.of(2018, 2, 1)));
        PersonId kupangPerson = db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST))
                .search(null, null, PageRequest.first()).items().get(0).id());
        LocalDate day = LocalDate.of(2024, 9, 30);

        var seenFromJakarta = db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(jakarta))
                .search("hosseini", null, PageRequest.first()));
        long countedByJakarta = db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(jakarta)).countUnderSupervision(day));
        long countedByEveryOffice = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE)
                .countUnderSupervision(day));
        List<Tally> perOffice = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE)
                .tallyUnderSupervision(GroupingAttribute.OFFICE, day));

        assertEquals(0, seenFromJakarta.total());
        assertTrue(db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(jakarta)).find(kupangPerson)).isEmpty());
        assertTrue(db.inTransaction(em -> new PersonRepository(em, TwoOffices.officerOf(jakarta)).findAll(List.of(kupangPerson)))
                .isEmpty());
        assertEquals(2, countedByJakarta);
        assertEquals(3, countedByEveryOffice);
        assertEquals(List.of(new Tally(jakarta.toString(), 2), new Tally(OfficeId.FIRST.toString(), 1)), perOffice);
    }

    @Test
    void countsOnlyThoseUnderSupervisionOnTheDay() {
        store(facts("Mohammad Reza", "Hosseini", Sex.MALE, "AFG", "386-00000001", LocalDate.of(2016, 5, 1)),
                facts("Zahra", "Hosseini", Sex.FEMALE, "AFG", "386-00000002", LocalDate.of(2016, 5, 1)),
                facts("Imran", "Baloch", Sex.MALE, "PAK", null, LocalDate.of(2024, 9, 30)),
                facts("Sakina", null, Sex.FEMALE, "AFG", null, LocalDate.of(2024, 10, 1)));

        long count = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).countUnderSupervision(LocalDate.of(2024, 9, 30)));
        List<Tally> byNationality = db.inTransaction(em ->
                new PersonRepository(em, OfficeScope.SINGLE_OFFICE).tallyUnderSupervision(GroupingAttribute.NATIONALITY, LocalDate.of(2024, 9, 30)));
        List<Tally> bySex = db.inTransaction(em ->
                new PersonRepository(em, OfficeScope.SINGLE_OFFICE).tallyUnderSupervision(GroupingAttribute.SEX, LocalDate.of(2024, 9, 30)));

        assertEquals(3, count);
        assertEquals(List.of(new Tally("AFG", 2), new Tally("PAK", 1)), byNationality);
        assertEquals(List.of(new Tally("MALE", 2), new Tally("FEMALE", 1)), bySex);
    }

    @Test
    void countsArrivalsPerMonthInTheDatabase() {
        store(facts("Ali", "Rezaei", Sex.MALE, "AFG", null, LocalDate.of(2024, 8, 1)),
                facts("Fatima", "Rezaei", Sex.FEMALE, "AFG", null, LocalDate.of(2024, 8, 31)),
                facts("Ayesha", "Qureshi", Sex.FEMALE, "PAK", null, LocalDate.of(2024, 9, 15)),
                facts("Imran", "Khan", Sex.MALE, "PAK", null, LocalDate.of(2023, 9, 15)));

        var perMonth = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).countPerMonth(
                PersonRepository.MovementDate.ARRIVAL, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false));

        assertEquals(java.util.Map.of(java.time.YearMonth.of(2024, 8), 2L, java.time.YearMonth.of(2024, 9), 1L), perMonth);
    }

    @Test
    void sortsByTheAskedColumnBothWays() {
        store(facts("Ali", "Rezaei", Sex.MALE, "AFG", null, LocalDate.of(2020, 1, 1)),
                facts("Ayesha", "Qureshi", Sex.FEMALE, "PAK", null, LocalDate.of(2019, 1, 1)));

        var byNationalityDesc = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).search(new org.suaka.registry.api.PersonSearch(
                null, null, org.suaka.registry.api.PersonSearch.Sort.NATIONALITY, true, PageRequest.first())));

        assertEquals("PAK", byNationalityDesc.items().get(0).toView().nationality());
    }

    @Test
    void searchFiltersByNameAndNationalityAndPages() {
        store(facts("Ali", "Rezaei", Sex.MALE, "AFG", null, LocalDate.of(2020, 1, 1)),
                facts("Fatima", "Rezaei", Sex.FEMALE, "AFG", null, LocalDate.of(2020, 1, 1)),
                facts("Ayesha", "Qureshi", Sex.FEMALE, "PAK", null, LocalDate.of(2020, 1, 1)));

        var rezaei = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).search("REZA", null, new PageRequest(0, 1)));
        var pakistani = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).search(null, "PAK", PageRequest.first()));

        assertEquals(2, rezaei.total());
        assertEquals(1, rezaei.items().size());
        assertEquals("Ali", rezaei.items().get(0).toView().givenName());
        assertEquals(1, pakistani.total());
        assertEquals("Qureshi", pakistani.items().get(0).toView().familyName());
    }

    @Test
    void knowsWhichUnhcrNumbersAreTaken() {
        store(facts("Hamid", "Karimi", Sex.MALE, "AFG", "386-00001234", LocalDate.of(2019, 2, 2)));

        assertTrue((boolean) db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).existsWithUnhcrNumber("386-00001234")));
        assertFalse((boolean) db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).existsWithUnhcrNumber("386-00009999")));
    }

    @Test
    void keepsNamesWithApostrophesAndDiacritics() {
        PersonId id = PersonId.random();
        db.run(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).add(new Person(id,
                facts("Ma'soumeh", "Āzādī", Sex.FEMALE, "AFG", null, LocalDate.of(2021, 7, 7)), OfficeId.FIRST)));

        var view = db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).find(id)).orElseThrow().toView();

        assertEquals("Ma'soumeh Āzādī", view.fullName());
    }
}

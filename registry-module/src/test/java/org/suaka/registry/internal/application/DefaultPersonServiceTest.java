package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;

class DefaultPersonServiceTest {

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2024, 9, 11, 9, 0, 0, 0, KUPANG).toInstant(), KUPANG);

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private PersonView register(RegisterPerson command) {
        return db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em), CLOCK, AccessScope.EVERYTHING).register(command));
    }

    private static RegisterPerson person(String nationality, String unhcr) {
        return new RegisterPerson("Gul Ahmad", "Wardak", Sex.MALE, LocalDate.of(1987, 1, 20), nationality, unhcr,
                "386-16C00042", null);
    }

    @Test
    void supervisionStartsTodayInKupangWhenNoDateIsGiven() {
        PersonView view = register(person("AFG", "386-00004242"));

        assertEquals(LocalDate.of(2024, 9, 11), view.supervisedFrom());
        assertTrue((boolean) db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em), CLOCK, AccessScope.EVERYTHING).exists(view.id())));
    }

    @Test
    void aPartnerSeesOnlyTheCategoriesGrantedToItsOrganisation() {
        PersonView registered = register(person("AFG", "386-00005151"));
        AccessScope careOnly = () -> java.util.Set.of(DataCategory.IDENTITY, DataCategory.SHELTER);

        PersonView seen = db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em), CLOCK, careOnly)
                .find(registered.id())).orElseThrow();

        assertEquals("Gul Ahmad", seen.givenName());
        assertEquals("386-00005151", seen.unhcrNumber());
        assertEquals(null, seen.unhcrCaseNumber());
        assertEquals(null, seen.supervisedFrom());
    }

    @Test
    void keepsConsentsWithTheirLanguageAndInterpreter() {
        PersonView registered = register(person("AFG", "386-00006262"));

        db.run(em -> new DefaultPersonService(new PersonRepository(em), CLOCK, AccessScope.EVERYTHING).recordConsent(
                registered.id(), new org.suaka.registry.api.RecordConsent("Berbagi data identitas dengan IOM Kupang",
                        LocalDate.of(2024, 9, 10), "fa", "Sayed Ali Hosseini")));

        var consents = db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em), CLOCK,
                AccessScope.EVERYTHING).consentsOf(registered.id()));
        assertEquals(1, consents.size());
        assertEquals("fa", consents.get(0).language());
        assertEquals("Sayed Ali Hosseini", consents.get(0).interpreter());
    }

    @Test
    void anonymisesCasesClosedBeforeTheCutoffAndKeepsTheStatistics() {
        PersonView closed = register(new RegisterPerson("Ghulam Sakhi", "Changezi", Sex.MALE, LocalDate.of(1975, 6, 15),
                "PAK", "386-00007373", "386-16C00042", LocalDate.of(2010, 1, 1)));
        PersonView open = register(person("AFG", "386-00007474"));
        db.run(em -> new DefaultPersonService(new PersonRepository(em), CLOCK, AccessScope.EVERYTHING)
                .endSupervision(closed.id(), new org.suaka.registry.api.EndSupervision(LocalDate.of(2012, 3, 1),
                        closed.version())));
        long before = db.inTransaction(em -> new PersonRepository(em).countUnderSupervision(LocalDate.of(2011, 6, 30)));

        int anonymised = db.inTransaction(em -> new DefaultRetentionService(new PersonRepository(em))
                .anonymiseClosedBefore(LocalDate.of(2014, 9, 11)));

        PersonView after = db.inTransaction(em -> new PersonRepository(em).find(closed.id())).orElseThrow().toView();
        assertEquals(1, anonymised);
        assertEquals("ANONIM", after.givenName());
        assertEquals(null, after.unhcrNumber());
        assertEquals(LocalDate.of(1975, 1, 1), after.dateOfBirth());
        assertEquals("PAK", after.nationality());
        assertEquals(before, (long) db.inTransaction(em -> new PersonRepository(em).countUnderSupervision(LocalDate.of(2011, 6, 30))));
        assertEquals("Gul Ahmad", db.inTransaction(em -> new PersonRepository(em).find(open.id())).orElseThrow().toView().givenName());
        assertEquals(0, (int) db.inTransaction(em -> new DefaultRetentionService(new PersonRepository(em))
                .anonymiseClosedBefore(LocalDate.of(2014, 9, 11))));
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
}

package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonTransferred;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.UpdateConsent;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.testing.TwoOffices;

/**
 * The server's JVM runs in UTC, the office in Kupang (WITA, UTC+8). At 00:30 on 1 October in Kupang it
 * is still 30 September in UTC: every "today" of the registry, its validation included, must be Kupang's.
 */
class OfficeDayAcrossMidnightTest {

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Instant HALF_PAST_MIDNIGHT_IN_KUPANG = Instant.parse("2024-09-30T16:30:00Z");
    private static final Clock OFFICE = OfficeClocks.kupangAt("2024-10-01T00:30");
    private static final LocalDate FIRST_OF_OCTOBER = LocalDate.of(2024, 10, 1);

    private static TimeZone jvmZone;

    private final InMemoryPersistence db = new InMemoryPersistence("registry",
            org.suaka.registry.internal.persistence.RegistrySchemaMigration.CHANGELOG);

    @BeforeAll
    static void runTheJvmInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restoreTheJvmZone() {
        TimeZone.setDefault(jvmZone);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void theJvmStillSaysSeptember() {
        assertEquals(LocalDate.of(2024, 9, 30), LocalDate.ofInstant(HALF_PAST_MIDNIGHT_IN_KUPANG, ZoneId.systemDefault()));
    }

    @Test
    void validationTakesTheOfficesToday() {
        Validator validator = Validation.byDefaultProvider().configure().clockProvider(() -> OFFICE)
                .buildValidatorFactory().getValidator();

        assertTrue(validator.validate(new UpdateConsent(null, FIRST_OF_OCTOBER, null, null, 0L)).isEmpty(),
                "a consent given today in Kupang is not in the future");
        assertEquals(1, validator.validate(new UpdateConsent(null, FIRST_OF_OCTOBER.plusDays(1), null, null, 0L)).size());
    }

    @Test
    void supervisionMayBeginAndEndOnTheOfficesTodayButNotTomorrow() {
        PersonView arrived = db.inTransaction(em -> service(em).register(new RegisterPerson("Sayed Ali", "Mousavi",
                Sex.MALE, LocalDate.of(1996, 3, 21), "AFG", null, null, null)));
        assertEquals(FIRST_OF_OCTOBER, arrived.supervisedFrom(), "no date given: supervision begins today in Kupang");

        InvalidFieldException tomorrow = assertThrows(InvalidFieldException.class, () -> db.inTransaction(em ->
                service(em).endSupervision(arrived.id(), new EndSupervision(FIRST_OF_OCTOBER.plusDays(1), arrived.version()))));
        assertEquals("until", tomorrow.field());
        PersonView ended = db.inTransaction(em -> service(em).endSupervision(arrived.id(),
                new EndSupervision(FIRST_OF_OCTOBER, arrived.version())));
        assertEquals(FIRST_OF_OCTOBER, ended.supervisedUntil());
    }

    private static DefaultPersonService service(jakarta.persistence.EntityManager em) {
        return new DefaultPersonService(new PersonRepository(em, OfficeScope.SINGLE_OFFICE), OFFICE,
                AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<PersonDeparted>(),
                new RecordedEvents<PersonTransferred>(), OfficeScope.SINGLE_OFFICE, new TwoOffices(), new FigureLedger(em));
    }
}

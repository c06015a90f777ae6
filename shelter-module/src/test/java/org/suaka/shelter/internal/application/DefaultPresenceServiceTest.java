package org.suaka.shelter.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.api.MarkPerson;
import org.suaka.shelter.api.PresenceLine;
import org.suaka.shelter.api.PresenceSheet;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.SubmitPresence;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.PresenceRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Runs of unexplained absences on the real shelter schema: three in a row raise an alert, and a corrected or
 * back-dated roll call counts every later run again.
 */
class DefaultPresenceServiceTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 9, 3);
    private static final LocalDate SECOND = FIRST.plusWeeks(1);
    private static final LocalDate THIRD = SECOND.plusWeeks(1);

    private final ShelterTestBed bed = new ShelterTestBed();
    private final ShelterId hotel = bed.shelter("Hotel Kupang Inn", 10);
    private final PersonId gul = bed.placedPerson(hotel, "Gul Ahmad", "Wardak");

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    private DefaultPresenceService presence(EntityManager em) {
        return new DefaultPresenceService(new ShelterRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), new PresenceRepository(em, OfficeScope.SINGLE_OFFICE),
                bed.registry, OfficeScope.SINGLE_OFFICE, ShelterTestBed.CLOCK, ShelterTestBed.VALIDATOR);
    }

    private PresenceSheet check(LocalDate day, Mark mark) {
        return bed.db.inTransaction(em -> {
            Long version = presence(em).sheet(hotel, day).version();
            return presence(em).submit(new SubmitPresence(hotel, day, List.of(new MarkPerson(gul, mark)), version));
        });
    }

    private int runOn(LocalDate day) {
        PresenceLine line = bed.db.inTransaction(em -> presence(em).sheet(hotel, day)).lines().get(0);
        return line.absentStreak();
    }

    private long alerts() {
        return bed.db.inTransaction(em -> presence(em).alerts(PageRequest.first())).total();
    }

    @Test
    void threeAbsencesInARowRaiseAnAlertUntilACorrectionBreaksTheRun() {
        check(FIRST, Mark.ABSENT);
        check(SECOND, Mark.ABSENT);
        check(THIRD, Mark.ABSENT);
        assertEquals(3, runOn(THIRD));
        assertEquals(1, alerts());

        check(SECOND, Mark.PRESENT);
        assertEquals(0, runOn(SECOND));
        assertEquals(1, runOn(THIRD), "the run after the corrected check starts again");
        assertEquals(0, alerts());

        check(SECOND, Mark.ABSENT);
        assertEquals(3, runOn(THIRD), "and joins up again when the correction is undone");
    }

    @Test
    void aBackDatedRollCallCountsTheLaterRunsAgain() {
        check(FIRST, Mark.ABSENT);
        check(THIRD, Mark.ABSENT);
        assertEquals(2, runOn(THIRD));

        check(SECOND, Mark.ABSENT);
        assertEquals(3, runOn(THIRD), "the check taken late sits between the two");
        assertEquals(1, alerts());
    }
}

package org.suaka.shelter.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.shelter.api.CorrectPlacement;
import org.suaka.shelter.api.EndPlacement;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.TransferPlacement;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * The occupancy kept as placements change equals the count of the placements, on random histories:
 * placements made, ended, corrected back in time, moved between shelters and closed by departures, with the
 * changes folded part by part in between, checked on many days.
 */
class KeptOccupancyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 11);

    private final ShelterTestBed bed = new ShelterTestBed();

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20160501L, 11L})
    void theKeptOccupancyEqualsTheCountOfThePlacements(long seed) {
        Random random = new Random(seed);
        List<ShelterId> shelters = List.of(bed.shelter("Hotel Ina Bo'i", 1000), bed.shelter("Wisma Oesapa", 1000),
                bed.shelter("Hotel Lavender Kupang", 1000));
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            persons.add(bed.registry.register(new RegisterPerson("Sher Agha", "Durrani", Sex.MALE, LocalDate.of(1985, 5, 20),
                    "AFG", null, null, day(random, FIRST_DAY, TODAY.minusMonths(2)))).id());
        }
        int[] done = new int[5];
        for (int step = 0; step < 150; step++) {
            PersonId person = persons.get(random.nextInt(persons.size()));
            int kind = random.nextInt(done.length);
            try {
                bed.db.run(em -> change(em, random, kind, person, shelters));
                done[kind]++;
            } catch (RuntimeException refused) {
                // a change the rules refuse writes nothing, the occupancy included
            }
            if (random.nextInt(5) == 0) {
                bed.db.run(em -> new PlacementRepository(em, OfficeScope.SINGLE_OFFICE).compactOccupancy(1 + random.nextInt(6)));
            }
        }
        assertTrue(java.util.Arrays.stream(done).allMatch(n -> n > 0), java.util.Arrays.toString(done));

        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            days.add(day(random, FIRST_DAY, TODAY));
        }
        days.add(TODAY);
        assertAgree(days, seed + ", partly folded");
        bed.db.run(em -> new PlacementRepository(em, OfficeScope.SINGLE_OFFICE).compactOccupancy(Integer.MAX_VALUE));
        assertAgree(days, seed + ", folded");
    }

    private void assertAgree(Set<LocalDate> days, String run) {
        for (LocalDate day : days) {
            assertEquals(List.of(), bed.db.inTransaction(em -> statistics(em).differencesFromFullCount(day)), run + ", " + day);
        }
    }

    private void change(EntityManager em, Random random, int kind, PersonId person, List<ShelterId> shelters) {
        DefaultPlacementService placements = new DefaultPlacementService(bed.registry,
                new ShelterRepository(em, OfficeScope.SINGLE_OFFICE), new PlacementRepository(em, OfficeScope.SINGLE_OFFICE),
                AccessScope.EVERYTHING, new AuditedChanges(), OfficeScope.SINGLE_OFFICE, ShelterTestBed.OFFICER,
                ShelterTestBed.VALIDATOR);
        List<PlacementView> stays = placements.placementsOf(person);
        PlacementView last = stays.isEmpty() ? null : stays.get(stays.size() - 1);
        LocalDate from = bed.registry.get(person).supervisedFrom();
        LocalDate day = day(random, last == null ? from : last.from(), TODAY);
        ShelterId shelter = shelters.get(random.nextInt(shelters.size()));
        switch (kind) {
            case 0 -> placements.place(PlacePerson.of(person, shelter, day));
            case 1 -> placements.end(last.id(), new EndPlacement(day, last.version()));
            case 2 -> placements.correct(last.id(), new CorrectPlacement(day(random, from, last.from().plusDays(40)),
                    random.nextBoolean() ? null : day(random, last.from().plusDays(1), TODAY), last.version()));
            case 3 -> placements.transfer(last.id(), new TransferPlacement(shelter, null, day, null, last.version()));
            default -> new DepartureObserver(new PlacementRepository(em, OfficeScope.SINGLE_OFFICE))
                    .closePlacements(new PersonDeparted(person, day, StatusReason.RESETTLED));
        }
    }

    private static DefaultOccupancyStatistics statistics(EntityManager em) {
        return new DefaultOccupancyStatistics(new ShelterRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), null);
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate until) {
        long span = Math.max(1, until.toEpochDay() - from.toEpochDay() + 1);
        return from.plusDays((long) (random.nextDouble() * span));
    }
}

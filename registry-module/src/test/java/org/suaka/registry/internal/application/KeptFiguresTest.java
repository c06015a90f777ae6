package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.FigureDifference;
import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.TransferPerson;
import org.suaka.registry.api.UnhcrStatus;
import org.suaka.registry.api.UpdatePerson;
import org.suaka.registry.api.Vulnerability;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.registry.internal.persistence.CardRepository;
import org.suaka.registry.internal.persistence.FamilyRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.FigureQuery;
import org.suaka.registry.internal.persistence.MergeRepository;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

/**
 * The figures kept as the records change equal the full count of the records, on random histories: persons
 * registered, corrected back in time (date of birth, nationality, sex, first day), moved between statuses,
 * decided on by UNHCR, flagged with needs, transferred, departed, merged and anonymised, with the changes
 * folded part by part in between, checked on many days for each office and for the whole country.
 */
class KeptFiguresTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 11);
    private static final LocalDate FIRST_DAY = LocalDate.of(2008, 1, 1);
    /** How many kinds of change {@link #change} makes. */
    private static final int CHANGES = 9;
    private static final List<String> NATIONALITIES = List.of("AFG", "PAK", "SOM", "MMR", "IRQ");
    private static final List<String> GIVEN = List.of("Mohammad Nabi", "Zahra", "Gul Ahmad", "Bibi Gul", "Faisal",
            "Abdirahman", "Nur Kayas", "Sher Agha", "Maryam", "Hawa");
    private static final List<String> FAMILY = List.of("Sultani", "Durrani", "Qaderi", "Yusufzai", "Warsame",
            "Hossain", "Rezaie", "Bo'i");
    private static final OfficeScope NATIONAL = new OfficeScope() {
        @Override
        public OfficeFilter readable() {
            return OfficeFilter.everyOffice();
        }

        @Override
        public OfficeId writable() {
            throw new UnsupportedOperationException("reads only");
        }

        @Override
        public java.util.Optional<OfficeId> home() {
            return java.util.Optional.of(OfficeId.NATIONAL);
        }

        @Override
        public java.util.Optional<OfficeId> officeOf(String userName) {
            return home();
        }
    };

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20160501L, 20240911L, 7L})
    void theKeptFiguresEqualTheFullCountOnRandomHistories(long seed) {
        Random random = new Random(seed);
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            register(random).ifPresent(persons::add);
        }
        int[] done = new int[CHANGES];
        for (int step = 0; step < 180; step++) {
            PersonId person = persons.get(random.nextInt(persons.size()));
            int kind = random.nextInt(CHANGES);
            try {
                db.run(em -> change(em, random, kind, person, persons.get(random.nextInt(persons.size()))));
                done[kind]++;
            } catch (RuntimeException refused) {
                // a change the rules refuse writes nothing, figures included
            }
            if (random.nextInt(6) == 0) {
                db.run(em -> new FigureLedger(em).compact(1 + random.nextInt(12)));
            }
        }
        int anonymised = db.inTransaction(em -> new DefaultRetentionService(new PersonRepository(em,
                OfficeScope.SINGLE_OFFICE), new FigureLedger(em), CLOCK, 10).anonymiseExpired()).anonymised();
        assertTrue(java.util.Arrays.stream(done).allMatch(n -> n > 0) && anonymised > 0,
                "every kind of change happened: " + java.util.Arrays.toString(done) + ", anonymised " + anonymised);

        Set<LocalDate> days = daysToCheck(random);
        assertAgree(days, seed + ", changes partly folded");
        db.run(em -> new FigureLedger(em).compact(Integer.MAX_VALUE));
        assertAgree(days, seed + ", changes folded");
        assertTrue(db.inTransaction(em -> statistics(em, NATIONAL).countUnderSupervision(TODAY)) > 0,
                "the histories leave persons under supervision today");
    }

    @Test
    void aPersonBornOnTheTwentyNinthOfFebruaryChangesBandOnTheFirstOfMarch() {
        PersonView child = db.inTransaction(em -> persons(em, TwoOffices.officerOf(OfficeId.FIRST)).register(
                new RegisterPerson("Mah Gul", "Sultani", Sex.FEMALE, LocalDate.of(2012, 2, 29), "AFG", null, null,
                        LocalDate.of(2016, 5, 1)), true));

        assertEquals(List.of(0L, 1L), List.of(LocalDate.of(2017, 2, 28), LocalDate.of(2017, 3, 1)).stream()
                .map(day -> db.inTransaction(em -> statistics(em, TwoOffices.officerOf(OfficeId.FIRST))
                        .byAgeBand(day).get(1).count())).toList(), "5-11 from the first of March 2017");
        assertEquals(List.of(), db.inTransaction(em -> statistics(em, NATIONAL)
                .differencesFromFullCount(LocalDate.of(2017, 3, 1))), child.fullName());
    }

    private void assertAgree(Set<LocalDate> days, String run) {
        for (OfficeScope scope : List.of(TwoOffices.officerOf(OfficeId.FIRST), TwoOffices.officerOf(TwoOffices.JAKARTA),
                NATIONAL)) {
            for (LocalDate day : days) {
                List<FigureDifference> differences = db.inTransaction(em -> statistics(em, scope)
                        .differencesFromFullCount(day));
                assertEquals(List.of(), differences, "seed " + run + ", " + scope.readable() + ", " + day);
            }
        }
    }

    /** Random days, the first days of months and the days around the end of February of leap years. */
    private static Set<LocalDate> daysToCheck(Random random) {
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < 25; i++) {
            days.add(day(random, FIRST_DAY, TODAY));
        }
        for (int year = 2012; year <= 2024; year += 4) {
            days.add(LocalDate.of(year, 2, 28));
            days.add(LocalDate.of(year, 2, 29));
            days.add(LocalDate.of(year, 3, 1));
        }
        days.add(LocalDate.of(2024, 9, 1));
        days.add(TODAY);
        return days;
    }

    private java.util.Optional<PersonId> register(Random random) {
        LocalDate from = day(random, FIRST_DAY, TODAY.minusMonths(1));
        LocalDate born = random.nextInt(8) == 0 ? LocalDate.of(2000 + 4 * random.nextInt(4), 2, 29)
                : day(random, LocalDate.of(1950, 1, 1), from);
        RegisterPerson command = new RegisterPerson(pick(random, GIVEN), pick(random, FAMILY),
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE, born, pick(random, NATIONALITIES), null, null,
                born.isAfter(from) ? born : from);
        try {
            return java.util.Optional.of(db.inTransaction(em -> persons(em, TwoOffices.officerOf(OfficeId.FIRST))
                    .register(command, true)).id());
        } catch (RuntimeException refused) {
            return java.util.Optional.empty();
        }
    }

    /** One random change of the person by an officer of their office. */
    private static void change(EntityManager em, Random random, int kind, PersonId id, PersonId other) {
        OfficeScope office = officeOf(em, id);
        DefaultPersonService service = persons(em, office);
        PersonView person = service.find(id).orElseThrow();
        LocalDate day = day(random, person.supervisedFrom(), TODAY);
        switch (kind) {
            case 0 -> service.changeStatus(id, new ChangeStatus(pick(random, List.of(SupervisionStatus.IN_SHELTER,
                    SupervisionStatus.IN_DETENTION_HOUSE, SupervisionStatus.OUTSIDE_SHELTER)), day,
                    random.nextBoolean() ? StatusReason.PERMITTED : null, null, null, person.version()));
            case 1 -> service.changeStatus(id, new ChangeStatus(SupervisionStatus.DEPARTED, day,
                    pick(random, List.of(StatusReason.RESETTLED, StatusReason.VOLUNTARY_RETURN, StatusReason.ABSCONDED)),
                    null, null, person.version()));
            case 2 -> service.endSupervision(id, new EndSupervision(day, person.version()));
            case 3 -> service.transfer(id, new TransferPerson(office.writable().equals(OfficeId.FIRST)
                    ? TwoOffices.JAKARTA : OfficeId.FIRST, day, random.nextBoolean(), person.version()));
            case 4 -> service.recordUnhcrStatus(id, new RecordUnhcrStatus(pick(random, List.of(UnhcrStatus.values())),
                    day, null));
            case 5 -> {
                Set<Vulnerability> needs = EnumSet.noneOf(Vulnerability.class);
                for (Vulnerability need : Vulnerability.values()) {
                    if (random.nextInt(4) == 0) {
                        needs.add(need);
                    }
                }
                service.recordVulnerabilities(id, new VulnerabilityFlags(needs));
            }
            case 6 -> service.update(id, new UpdatePerson(null, null, random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                    random.nextBoolean() ? day(random, LocalDate.of(1950, 1, 1), person.supervisedFrom()) : null,
                    random.nextBoolean() ? pick(random, NATIONALITIES) : null, null, null,
                    random.nextBoolean() ? day(random, FIRST_DAY, person.supervisedFrom()) : null, person.version()));
            case 7 -> merges(em, office).merge(id, new MergePersons(other, "the same person, registered twice"));
            default -> service.update(id, new UpdatePerson(null, null, null, null, null, null, null,
                    day(random, person.supervisedFrom().minusYears(2), person.supervisedFrom().plusMonths(3)),
                    person.version()));
        }
    }

    private static OfficeScope officeOf(EntityManager em, PersonId id) {
        OfficeId office = persons(em, NATIONAL).find(id).map(PersonView::office).orElse(OfficeId.FIRST);
        return TwoOffices.officerOf(office);
    }

    private static DefaultPersonService persons(EntityManager em, OfficeScope offices) {
        return new DefaultPersonService(new PersonRepository(em, offices), CLOCK, AccessScope.EVERYTHING,
                new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(), offices, new TwoOffices(),
                new FigureLedger(em));
    }

    private static DefaultMergeService merges(EntityManager em, OfficeScope offices) {
        return new DefaultMergeService(new PersonRepository(em, offices), new FamilyRepository(em, offices),
                new CardRepository(em), new MergeRepository(em), offices, AccessScope.EVERYTHING,
                new RecordedEvents<>(), CLOCK, jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(),
                new FigureLedger(em));
    }

    private static DefaultSupervisionStatistics statistics(EntityManager em, OfficeScope offices) {
        return new DefaultSupervisionStatistics(new PersonRepository(em, offices), new FigureQuery(em, offices));
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate until) {
        long span = Math.max(1, until.toEpochDay() - from.toEpochDay() + 1);
        return from.plusDays((long) (random.nextDouble() * span));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

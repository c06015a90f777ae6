package org.suaka.registry.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.application.DefaultPersonService;
import org.suaka.registry.internal.domain.NameKeys;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

/**
 * Duplicate-candidate latency at {@code suaka.bench.persons} persons (default 100,000): the service's whole
 * candidate lookup (name keys by index range on key and year, the candidates read and scored) for a
 * transliterated spelling of a registered person, against a plain indexed lookup of a person by UNHCR
 * number, in the same run. EclipseLink on in-memory Derby with the registry's real changelog. Prints p50
 * and p95 and asserts nothing; run it with bench/duplicates.sh.
 */
@Tag("benchmark")
class DuplicateCandidatesBenchmark {

    private static final int PERSONS = Integer.getInteger("suaka.bench.persons", 100_000);
    private static final int LOOKUPS = 300;
    private static final String[][] GIVEN = {{"Mohammad", "Muhammad", "Mohammed"}, {"Hussain", "Husain", "Hossein"},
        {"Abdul", "Abdol"}, {"Zahra", "Zohra"}, {"Gul", "Gol"}, {"Ahmad", "Ahmed"}, {"Fatima", "Fatemeh"},
        {"Omar", "Umar"}, {"Hamid", "Hameed"}, {"Qasim", "Kasim"}, {"Mustafa", "Mostafa"}, {"Khadija", "Khadijah"},
        {"Ali"}, {"Reza"}, {"Nabi"}, {"Sakina"}, {"Maryam", "Mariam"}, {"Bibi"}, {"Nasir", "Naseer"},
        {"Shabnam"}, {"Farid", "Fareed"}, {"Rahim", "Raheem"}, {"Sultan"}, {"Yusuf", "Yousuf", "Yosef"}};
    private static final String[][] FAMILY = {{"Karimi", "Karimy"}, {"Rezaei", "Rezayi"}, {"Hosseini", "Husseini"},
        {"Ahmadi"}, {"Jafari", "Jaafari"}, {"Mohammadi", "Muhammadi"}, {"Sultani"}, {"Haidari", "Heydari"},
        {"Nazari"}, {"Noori", "Nuri"}, {"Wardak"}, {"Qureshi", "Kureshi"}, {"Baloch"}, {"Khan"}, {"Changezi"},
        {"Rahimi", "Raheemi"}, {"Sadat"}, {"Hazara"}, {"Akbari"}, {"Amiri", "Ameeri"}, {"Barakzai"}, {"Popal"},
        {"Yousufzai", "Yusufzai"}, {"Durrani"}, {"Stanekzai"}, {"Safi"}, {"Mangal"}, {"Zadran"}, {"Niazi"}};

    @Test
    void candidatesAgainstAPlainIndexedLookup() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG)) {
            Random random = new Random(11);
            long loadStart = System.nanoTime();
            List<Object[]> people = load(db, random);
            System.out.printf("loaded %,d persons and their name keys in %d s%n", PERSONS,
                    (System.nanoTime() - loadStart) / 1_000_000_000);

            long[] plain = measure(i -> {
                Object[] p = people.get(random.nextInt(people.size()));
                return db.inTransaction(em -> repository(em).findByUnhcrNumber((String) p[4]).isPresent() ? 1 : 0);
            });
            long[] candidates = measure(i -> {
                Object[] p = people.get(random.nextInt(people.size()));
                RegisterPerson variant = new RegisterPerson(spelling((int[]) p[0], GIVEN, random),
                        spelling((int[]) p[1], FAMILY, random), Sex.MALE, ((LocalDate) p[2]).plusDays(random.nextInt(200)),
                        (String) p[3], null, null, LocalDate.of(2024, 9, 1));
                return db.inTransaction(em -> service(em).duplicateCandidates(variant).size());
            });
            System.out.printf("plain indexed lookup by UNHCR number: p50 %.2f ms, p95 %.2f ms%n", plain[0] / 1000.0,
                    plain[1] / 1000.0);
            System.out.printf("duplicate candidates (transliterated): p50 %.2f ms, p95 %.2f ms (%d persons)%n",
                    candidates[0] / 1000.0, candidates[1] / 1000.0, PERSONS);
        }
    }

    private static PersonRepository repository(jakarta.persistence.EntityManager em) {
        return new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST));
    }

    private static DefaultPersonService service(jakarta.persistence.EntityManager em) {
        return new DefaultPersonService(repository(em), OfficeClocks.kupangAt("2024-09-11T09:00"),
                AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em));
    }

    /** @return p50 and p95 in microseconds, after a warm-up */
    private static long[] measure(IntFunction<Integer> lookup) {
        for (int i = 0; i < 50; i++) {
            lookup.apply(i);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < LOOKUPS; i++) {
            long start = System.nanoTime();
            lookup.apply(i);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        return new long[] {micros.get(micros.size() / 2), micros.get(micros.size() * 95 / 100)};
    }

    private static String spelling(int[] words, String[][] variants, Random random) {
        StringBuilder name = new StringBuilder();
        for (int word : words) {
            String[] forms = variants[word];
            name.append(name.length() == 0 ? "" : " ").append(forms[random.nextInt(forms.length)]);
        }
        return name.toString();
    }

    /** @return per person: given-name words, family-name words, date of birth, nationality, UNHCR number */
    private static List<Object[]> load(InMemoryPersistence db, Random random) throws Exception {
        List<Object[]> people = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement person = c.prepareStatement("INSERT INTO REG_PERSON (ID, GIVEN_NAME, FAMILY_NAME,"
                        + " SEX, DATE_OF_BIRTH, NATIONALITY, UNHCR_NUMBER, SUPERVISED_FROM, OFFICE_ID, CREATED_AT, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement key = c.prepareStatement(
                        "INSERT INTO REG_NAME_KEY (ID, PERSON_ID, NAME_KEY, BIRTH_YEAR) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < PERSONS; i++) {
                String id = UUID.randomUUID().toString();
                int[] given = random.nextInt(3) == 0 ? new int[] {random.nextInt(GIVEN.length), random.nextInt(GIVEN.length)}
                        : new int[] {random.nextInt(GIVEN.length)};
                int[] family = {random.nextInt(FAMILY.length)};
                String givenName = spelling(given, GIVEN, random);
                String familyName = spelling(family, FAMILY, random);
                LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000));
                String nationality = random.nextInt(8) == 0 ? "PAK" : "AFG";
                String unhcr = String.format("386-%08d", i);
                person.setString(1, id);
                person.setString(2, givenName);
                person.setString(3, familyName);
                person.setString(4, random.nextBoolean() ? "MALE" : "FEMALE");
                person.setDate(5, Date.valueOf(born));
                person.setString(6, nationality);
                person.setString(7, unhcr);
                person.setDate(8, Date.valueOf(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4000))));
                person.setString(9, OfficeId.FIRST.toString());
                person.setTimestamp(10, new Timestamp(System.currentTimeMillis()));
                person.addBatch();
                for (String k : NameKeys.of(givenName, familyName)) {
                    key.setString(1, UUID.randomUUID().toString());
                    key.setString(2, id);
                    key.setString(3, k);
                    key.setInt(4, born.getYear());
                    key.addBatch();
                }
                if (people.size() < 20_000) {
                    people.add(new Object[] {given, family, born, nationality, unhcr});
                }
                if (i % 5_000 == 4_999) {
                    person.executeBatch();
                    key.executeBatch();
                    c.commit();
                }
            }
            person.executeBatch();
            key.executeBatch();
            c.commit();
        }
        return people;
    }
}

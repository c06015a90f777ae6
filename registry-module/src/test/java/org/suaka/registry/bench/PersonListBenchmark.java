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
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;

/**
 * How the person list behaves at 100,000 persons: the queries behind one page of the staff list
 * (count plus page) for the default order, a name filter and a sort on another column. It prints
 * timings and asserts nothing; run it with bench/person-list.sh, not as part of the tests.
 */
@Tag("benchmark")
class PersonListBenchmark {

    private static final int PERSONS = 100_000;
    private static final String[] NAMES = {"Hosseini", "Rezaei", "Mohammadi", "Ahmadi", "Jafari", "Karimi", "Khan",
        "Qureshi", "Baloch", "Sultani", "Haidari", "Nazari", "Noori", "Wardak", "Ma'soumeh", "Āzādī"};

    @Test
    void pageQueriesAt100000Persons() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG)) {
            long loadStart = System.nanoTime();
            load(db);
            System.out.printf("loaded %,d persons in %d ms%n", PERSONS, (System.nanoTime() - loadStart) / 1_000_000);

            measure(db, "first page, by name", new PersonSearch(null, null, PageRequest.first()));
            measure(db, "name contains 'reza'", new PersonSearch("reza", null, PageRequest.first()));
            measure(db, "nationality PAK", new PersonSearch(null, "PAK", PageRequest.first()));
            measure(db, "page 2000, by nationality desc", new PersonSearch(null, null, PersonSearch.Sort.NATIONALITY,
                    true, new PageRequest(50_000, 25)));
            measure(db, "by supervision start", new PersonSearch(null, null, PersonSearch.Sort.SUPERVISED_FROM,
                    false, PageRequest.first()));
        }
    }

    private static void measure(InMemoryPersistence db, String label, PersonSearch search) {
        Supplier<Long> run = () -> db.inTransaction(em -> new PersonRepository(em, OfficeScope.SINGLE_OFFICE).search(search).total());
        for (int i = 0; i < 3; i++) {
            run.get();
        }
        List<Long> micros = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            total = run.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        System.out.printf("%-32s %6d rows match   median %5d ms   max %5d ms%n", label, total,
                micros.get(micros.size() / 2) / 1000, micros.get(micros.size() - 1) / 1000);
    }

    private static void load(InMemoryPersistence db) throws Exception {
        Random random = new Random(7);
        try (Connection c = db.connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO REG_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEX, DATE_OF_BIRTH, NATIONALITY, UNHCR_NUMBER,"
                        + " SUPERVISED_FROM, CREATED_AT, OFFICE_ID, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < PERSONS; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, random.nextBoolean() ? "Ali" : "Zahra");
                insert.setString(3, NAMES[random.nextInt(NAMES.length)]);
                insert.setString(4, random.nextBoolean() ? "MALE" : "FEMALE");
                insert.setDate(5, Date.valueOf(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000))));
                insert.setString(6, random.nextInt(10) == 0 ? "PAK" : "AFG");
                insert.setString(7, String.format("386-%08d", i));
                insert.setDate(8, Date.valueOf(LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4000))));
                insert.setTimestamp(9, new Timestamp(System.currentTimeMillis()));
                insert.setString(10, org.suaka.platform.office.OfficeId.FIRST.toString());
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }
}

package org.suaka.shelter.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;
import org.suaka.shelter.internal.persistence.ShelterSchemaMigration;

/**
 * Occupancy on a date over a million placement rows: 250 shelters of ten rooms, persons placed in 2016–2024
 * with one to four placements each (transfers between shelters and rooms), a third still placed. Times the
 * module's queries (EclipseLink, the real changelog and indexes, in-memory Derby) beside the raw SQL of the
 * same query through JDBC, in the same run. It prints and asserts nothing; run it with
 * {@code bench/occupancy.sh}, never as a test.
 */
@Tag("benchmark")
class OccupancyBenchmark {

    private static final int SHELTERS = 250;
    private static final int UNITS = 10;
    private static final int TARGET = Integer.getInteger("suaka.bench.placements", 1_000_000);
    private static final LocalDate ON = LocalDate.of(2024, 9, 30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());

    private final List<String> shelters = new ArrayList<>();
    private final List<String> units = new ArrayList<>();

    @Test
    void occupancyOnADate() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("shelter", ShelterSchemaMigration.CHANGELOG)) {
            long start = System.nanoTime();
            long rows = load(db);
            System.out.printf("loaded %,d placements in %,d shelters in %,d ms%n", rows, SHELTERS,
                    (System.nanoTime() - start) / 1_000_000);
            ShelterId oneShelter = ShelterId.parse(shelters.get(0)).orElseThrow();
            long folding = System.nanoTime();
            db.run(em -> new PlacementRepository(em, OfficeScope.SINGLE_OFFICE).countPlacementsOnce());
            int folded = db.inTransaction(em -> new PlacementRepository(em, OfficeScope.SINGLE_OFFICE)
                    .compactOccupancy(Integer.MAX_VALUE));
            System.out.printf("kept occupancy made from %,d changes in %,d ms%n", folded, (System.nanoTime() - folding) / 1_000_000);
            try (Connection c = db.connection()) {
                measure("every shelter's headcount, kept (sums of changes)", () -> db.inTransaction(em ->
                        new PlacementRepository(em, OfficeScope.SINGLE_OFFICE).occupancyOn(ON).values().stream()
                                .mapToLong(Long::longValue).sum()));
                measure("every shelter's headcount, full count (JPA)", () -> db.inTransaction(em ->
                        new ShelterRepository(em, OfficeScope.SINGLE_OFFICE).countOccupancyOn(ON).stream()
                                .mapToLong(s -> s.occupants()).sum()));
                measure("every shelter's headcount, raw SQL", () -> sum(c, "SELECT s.ID, COUNT(p.ID) FROM SHL_SHELTER s"
                        + " LEFT JOIN SHL_PLACEMENT p ON p.SHELTER_ID = s.ID AND p.START_DATE <= ?"
                        + " AND (p.END_DATE IS NULL OR p.END_DATE > ?) WHERE s.OFFICE_ID = ? GROUP BY s.ID, s.NAME, s.CAPACITY",
                        true));
                measure("one shelter's occupants, module (JPA)", () -> db.inTransaction(em ->
                        (long) new PlacementRepository(em, OfficeScope.SINGLE_OFFICE).openIn(oneShelter, ON).size()));
                measure("one shelter's occupants, raw SQL", () -> count(c, "SELECT p.ID, p.PERSON_ID, p.UNIT_ID FROM SHL_PLACEMENT p"
                        + " WHERE p.SHELTER_ID = ? AND p.START_DATE <= ? AND (p.END_DATE IS NULL OR p.END_DATE > ?)"
                        + " ORDER BY p.START_DATE, p.PERSON_ID", oneShelter.toString()));
            }
        }
    }

    private static long sum(Connection c, String sql, boolean byOffice) {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setDate(1, Date.valueOf(ON));
            query.setDate(2, Date.valueOf(ON));
            query.setString(3, OfficeId.FIRST.toString());
            long total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    total += rows.getLong(2);
                }
            }
            return total;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql, String shelter) {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, shelter);
            query.setDate(2, Date.valueOf(ON));
            query.setDate(3, Date.valueOf(ON));
            long total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    total++;
                }
            }
            return total;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String label, LongSupplier run) {
        for (int i = 0; i < 5; i++) {
            run.getAsLong();
        }
        List<Long> micros = new ArrayList<>();
        long result = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            result = run.getAsLong();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        System.out.printf("%-44s %,8d placed   median %,8.1f ms   p95 %,8.1f ms%n", label, result,
                micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 95 / 100 - 1) / 1000.0);
    }

    private long load(InMemoryPersistence db) throws Exception {
        Random random = new Random(11);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String office = OfficeId.FIRST.toString();
        long placements = 0;
        try (Connection c = db.connection();
                PreparedStatement shelter = c.prepareStatement("INSERT INTO SHL_SHELTER (ID, NAME, CITY, CAPACITY, CREATED_AT,"
                        + " OFFICE_ID, VERSION) VALUES (?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement unit = c.prepareStatement("INSERT INTO SHL_UNIT (ID, SHELTER_ID, NAME, CAPACITY, CREATED_AT,"
                        + " VERSION) VALUES (?, ?, ?, ?, ?, 0)");
                PreparedStatement placement = c.prepareStatement("INSERT INTO SHL_PLACEMENT (ID, PERSON_ID, SHELTER_ID, UNIT_ID,"
                        + " START_DATE, END_DATE, CREATED_AT, OFFICE_ID, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            c.setAutoCommit(false);
            for (int s = 0; s < SHELTERS; s++) {
                String id = UUID.randomUUID().toString();
                shelters.add(id);
                shelter.setString(1, id);
                shelter.setString(2, "Wisma " + s);
                shelter.setString(3, s % 2 == 0 ? "Kupang" : "Makassar");
                shelter.setInt(4, 2_000);
                shelter.setTimestamp(5, now);
                shelter.setString(6, office);
                shelter.executeUpdate();
                for (int u = 0; u < UNITS; u++) {
                    String unitId = UUID.randomUUID().toString();
                    units.add(unitId);
                    unit.setString(1, unitId);
                    unit.setString(2, id);
                    unit.setString(3, "Kamar " + (u + 1));
                    unit.setInt(4, 200);
                    unit.setTimestamp(5, now);
                    unit.executeUpdate();
                }
            }
            while (placements < TARGET) {
                String person = UUID.randomUUID().toString();
                LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS));
                int stays = 1 + random.nextInt(4);
                boolean stillPlaced = random.nextInt(3) == 0;
                for (int i = 0; i < stays && from.isBefore(LocalDate.of(2025, 1, 1)); i++) {
                    LocalDate until = i == stays - 1 && stillPlaced ? null : from.plusDays(30 + random.nextInt(700));
                    int where = random.nextInt(SHELTERS * UNITS);
                    placement.setString(1, UUID.randomUUID().toString());
                    placement.setString(2, person);
                    placement.setString(3, shelters.get(where / UNITS));
                    placement.setString(4, units.get(where));
                    placement.setDate(5, Date.valueOf(from));
                    placement.setDate(6, until == null ? null : Date.valueOf(until));
                    placement.setTimestamp(7, now);
                    placement.setString(8, office);
                    placement.addBatch();
                    if (++placements % 5_000 == 0) {
                        placement.executeBatch();
                        c.commit();
                    }
                    if (until == null) {
                        break;
                    }
                    from = until;
                }
            }
            placement.executeBatch();
            c.commit();
        }
        return placements;
    }
}

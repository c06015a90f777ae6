import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;


/**
 * Brings a Suaka database (the schema made by the application's migrations) to N persons with their whole
 * history, written with JDBC batches: offices of the country's Rudenim, shelters, families, identity
 * documents, supervision and UNHCR status histories with departures, transfers between offices,
 * placements with moves between shelters, self-reports, roll calls, exit permits, incidents, partner
 * visits, referrals, the audit trail's entries of the registrations (content-hashed and chained) and the
 * shelters' kept occupancy. What the registry derives from its records (the name keys of duplicate
 * detection and search, the kept supervision figures) it makes itself at the next start
 * ({@code NameKeyBackfill}, {@code FigureBackfill}): the generator writes only records.
 * Usage: {@code java Generate.java JDBC-URL USER PASSWORD N}.
 */
public class Generate {

    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 30);
    private static final int BATCH = 2_000;

    /** Rudenim of the country: code, city, time zone, share of the persons in thousandths. */
    private static final List<String[]> OFFICES = List.of(
            new String[] {"JKT", "Jakarta", "Asia/Jakarta", "260"}, new String[] {"MDN", "Medan", "Asia/Jakarta", "120"},
            new String[] {"PKU", "Pekanbaru", "Asia/Jakarta", "100"}, new String[] {"MKS", "Makassar", "Asia/Makassar", "100"},
            new String[] {"KPG", "Kupang", "Asia/Makassar", "80"}, new String[] {"TPI", "Tanjungpinang", "Asia/Jakarta", "90"},
            new String[] {"SBY", "Surabaya", "Asia/Jakarta", "60"}, new String[] {"SMG", "Semarang", "Asia/Jakarta", "40"},
            new String[] {"DPS", "Denpasar", "Asia/Makassar", "40"}, new String[] {"MND", "Manado", "Asia/Makassar", "30"},
            new String[] {"PNK", "Pontianak", "Asia/Jakarta", "40"}, new String[] {"BPN", "Balikpapan", "Asia/Makassar", "20"},
            new String[] {"JYP", "Jayapura", "Asia/Jayapura", "20"});

    /** Nationality, share in thousandths, given names (male then female after "|"), family names. */
    private static final List<Origin> ORIGINS = List.of(
            new Origin("AFG", 560, List.of("Mohammad Nabi", "Muhammad Nabi", "Mohammed Reza", "Abdul Wahid", "Ahmad Zia",
                    "Sher Agha", "Gul Ahmad", "Hamid", "Mahdi", "Ali Reza", "Qasim", "Sayed Hussain"),
                    List.of("Bibi Gul", "Zahra", "Zarmina", "Shabnam", "Mah Gul", "Fatima", "Masooma", "Farzana", "Mahbooba"),
                    List.of("Hosseini", "Husseini", "Hussaini", "Karimi", "Karimy", "Rezaie", "Rezai", "Sultani", "Durrani",
                            "Qaderi", "Qadiri", "Jafari", "Ja'fari", "Mohammadi", "Rahimi", "Sadat", "Ahmadi")),
            new Origin("PAK", 100, List.of("Muhammad Imran", "Faisal", "Yasin", "Abdul Rehman", "Shahid", "Bilal"),
                    List.of("Saima", "Ayesha", "Nargis", "Rubina", "Shazia"),
                    List.of("Baloch", "Yusufzai", "Yousafzai", "Khan", "Qureshi", "Qurayshi", "Hazara", "Butt")),
            new Origin("SOM", 120, List.of("Abdirahman", "Abdullahi", "Mohamed", "Mahad", "Hassan", "Abdiaziz"),
                    List.of("Hawa", "Fadumo", "Faadumo", "Hodan", "Asha", "Sahra"),
                    List.of("Warsame", "Warsameh", "Farah", "Jama", "Jaama", "Osman", "Cusmaan", "Abdi")),
            new Origin("MMR", 100, List.of("Nur Kayas", "Mohammed Ayas", "Abul Kalam", "Rashid Ahmed", "Jamal Hussain"),
                    List.of("Hasina", "Rahima", "Nur Begum", "Sanjida", "Tasmin"),
                    List.of("Hossain", "Hussain", "Ullah", "Alam", "Begum", "Rahman", "Rohman")),
            new Origin("IRQ", 50, List.of("Haidar", "Mustafa", "Ali", "Hussein"), List.of("Zainab", "Noor", "Maryam"),
                    List.of("Al-Maliki", "Al Maliki", "Jabbar", "Kadhim", "Kazem")),
            new Origin("SDN", 40, List.of("Osman", "Adam", "Abakar"), List.of("Amna", "Halima"),
                    List.of("Ibrahim", "Ibraheem", "Abdelrahman", "Yahya")),
            new Origin("IRN", 30, List.of("Reza", "Mehdi", "Amir"), List.of("Maryam", "Parisa", "Shirin"),
                    List.of("Ahmadi", "Rostami", "Mousavi", "Musavi")));

    record Origin(String nationality, int share, List<String> men, List<String> women, List<String> families) {
    }

    /** A status that took effect on a day. */
    record Dated(String value, LocalDate on) {
    }

    /** A stay with an office, open when {@code until} is null. */
    record Stay(String office, LocalDate from, LocalDate until) {
    }

    record Office(String id, String code, String city, int share, List<String> shelters, List<Integer> capacities) {
    }

    private final Connection db;
    private final boolean postgres;
    private final Random random = new Random(20160501L);
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<List<Object>, long[]> occupancy = new HashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final Map<String, String> organisations = new HashMap<>();
    private long rows;
    private long unhcrNumber;
    private String previousHash;
    private long chainSeq;

    Generate(Connection db) throws SQLException {
        this.db = db;
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        int wanted = Integer.parseInt(args[3]);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            Generate generate = new Generate(db);
            long started = System.nanoTime();
            long made = generate.run(wanted);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%,d persons added (%,d rows) in %.1f s: %,.0f rows/s%n", made, generate.rows, seconds,
                    generate.rows / seconds);
        }
    }

    long run(int wanted) throws Exception {
        long existing = count("select count(*) from REG_PERSON");
        if (existing >= wanted) {
            System.out.printf("%,d persons already; nothing to add%n", existing);
            return 0;
        }
        unhcrNumber = 10_000_000L + count("select count(*) from REG_PERSON") + 1_000_000L * random.nextInt(50);
        offices();
        organisations();
        readAuditHead();
        long toMake = wanted - existing;
        long made = 0;
        long reported = 0;
        while (made < toMake) {
            made += family(Math.min(toMake - made, 1 + familySize()));
            if (made - reported >= 50_000) {
                reported = made;
                flush();
                db.commit();
                System.out.printf("  %,d persons, %,d rows%n", made, rows);
            }
        }
        flush();
        writeSums("SHL_OCCUPANCY", List.of("OFFICE_ID", "SHELTER_ID"), occupancy);
        writeAuditHead();
        db.commit();
        return made;
    }

    private int familySize() {
        int roll = random.nextInt(100);
        return roll < 50 ? 0 : roll < 65 ? 1 : roll < 78 ? 2 : roll < 88 ? 3 : roll < 95 ? 4 : 5 + random.nextInt(3);
    }

    /** One family (or a person alone) arriving together, supervised by one office. */
    private long family(long size) throws SQLException {
        Office office = pickOffice();
        Origin origin = weighted();
        String family = pick(origin.families());
        LocalDate arrived = day(FIRST, TODAY.minusDays(20));
        String caseNumber = size > 1 || random.nextBoolean()
                ? "386-" + (16 + random.nextInt(9)) + "C" + String.format("%05d", random.nextInt(100_000)) : null;
        String familyId = size > 1 ? UUID.randomUUID().toString() : null;
        if (familyId != null) {
            insert("REG_FAMILY", "ID, OFFICE_ID, CREATED_AT, CREATED_BY, VERSION", familyId, office.id(), stamp(arrived),
                    "generator", 0);
        }
        LocalDate left = random.nextInt(100) < 40 ? day(arrived.plusMonths(2), TODAY) : null;
        String reason = left == null ? null : pick(List.of("RESETTLED", "RESETTLED", "VOLUNTARY_RETURN", "ABSCONDED",
                "DEPORTED", "DECEASED"));
        LocalDate transfer = random.nextInt(100) < 8 ? day(arrived.plusMonths(1), left == null ? TODAY : left) : null;
        if (transfer != null && left != null && !transfer.isBefore(left)) {
            transfer = null;
        }
        Office receiving = transfer == null ? office : other(office);
        for (int member = 0; member < size; member++) {
            boolean head = member == 0;
            boolean child = !head && member > 1;
            boolean male = head ? random.nextInt(100) < 80 : member == 1 ? false : random.nextBoolean();
            LocalDate born = child ? day(arrived.minusYears(17), arrived)
                    : random.nextInt(100) < 6 ? day(LocalDate.of(1945, 1, 1), LocalDate.of(1964, 12, 31))
                    : day(LocalDate.of(1965, 1, 1), arrived.minusYears(18));
            String given = pick(male ? origin.men() : origin.women());
            person(office, receiving, transfer, origin, given, random.nextInt(10) == 0 ? null : family, male, born,
                    arrived, left, reason, caseNumber, familyId, head ? "HEAD" : member == 1 ? "SPOUSE" : "CHILD");
        }
        return size;
    }

    private void person(Office office, Office receiving, LocalDate transfer, Origin origin, String given,
            String family, boolean male, LocalDate born, LocalDate from, LocalDate left, String reason,
            String caseNumber, String familyId, String relationship) throws SQLException {
        String id = UUID.randomUUID().toString();
        String sex = male ? "MALE" : "FEMALE";
        Office current = transfer == null ? office : receiving;
        List<Dated> statuses = new ArrayList<>();
        statuses.add(new Dated("FOUND", from));
        LocalDate placed = random.nextInt(100) < 75 ? from.plusDays(random.nextInt(30)) : null;
        LocalDate end = left == null ? TODAY : left;
        if (placed != null && placed.isAfter(end)) {
            placed = null;
        }
        if (placed != null) {
            statuses.add(new Dated("IN_SHELTER", placed));
        }
        LocalDate outside = placed != null && random.nextInt(100) < 10 ? day(placed, end) : null;
        if (outside != null) {
            statuses.add(new Dated("OUTSIDE_SHELTER", outside));
        }
        if (left != null) {
            statuses.add(new Dated("DEPARTED", left));
        }
        List<Dated> unhcr = new ArrayList<>();
        LocalDate applied = from.plusDays(30 + random.nextInt(170));
        if (random.nextInt(100) < 90 && applied.isBefore(end)) {
            unhcr.add(new Dated("ASYLUM_SEEKER", applied));
            LocalDate decided = applied.plusDays(365 + random.nextInt(730));
            if (decided.isBefore(end) && random.nextInt(100) < 70) {
                unhcr.add(new Dated(random.nextInt(100) < 92 ? "REFUGEE" : "REJECTED", decided));
            }
        }
        String number = unhcr.isEmpty() ? null : String.format("386-%08d", unhcrNumber++);
        String status = statuses.get(statuses.size() - 1).value();
        insert("REG_PERSON", "ID, GIVEN_NAME, FAMILY_NAME, SEX, DATE_OF_BIRTH, NATIONALITY, UNHCR_NUMBER,"
                        + " UNHCR_CASE_NUMBER, SUPERVISED_FROM, SUPERVISED_UNTIL, CREATED_AT, CREATED_BY, VERSION, OFFICE_ID,"
                        + " SUPERVISION_STATUS, UNHCR_STATUS, CAME_BY", id, given, family, sex, date(born),
                origin.nationality(), number, caseNumber, date(from), left == null ? null : date(left), stamp(from),
                "generator", statuses.size(), current.id(), status,
                unhcr.isEmpty() ? null : unhcr.get(unhcr.size() - 1).value(), "ARRIVAL");
        List<Stay> stays = new ArrayList<>();
        if (transfer == null) {
            stays.add(new Stay(office.id(), from, left));
        } else {
            stays.add(new Stay(office.id(), from, transfer));
            stays.add(new Stay(receiving.id(), transfer, left));
        }
        for (int i = 0; i < stays.size(); i++) {
            Stay stay = stays.get(i);
            insert("REG_OFFICE_STAY", "ID, PERSON_ID, OFFICE_ID, FROM_DATE, UNTIL_DATE, BEGUN_BY, ENDED_BY, CREATED_AT,"
                            + " CREATED_BY, VERSION", UUID.randomUUID().toString(), id, stay.office(), date(stay.from()),
                    stay.until() == null ? null : date(stay.until()), i == 0 ? "SUPERVISION" : "TRANSFER",
                    stay.until() == null ? null : i + 1 < stays.size() ? "TRANSFER" : "SUPERVISION", stamp(stay.from()),
                    "generator", 0);
        }
        int order = 0;
        for (Dated change : statuses) {
            order++;
            insert("REG_STATUS_CHANGE", "ID, PERSON_ID, STATUS, REASON, EFFECTIVE_ON, CREATED_AT, CREATED_BY, VERSION",
                    UUID.randomUUID().toString(), id, change.value(), change.value().equals("DEPARTED") ? reason
                            : change.value().equals("OUTSIDE_SHELTER") ? "HOSPITAL" : null,
                    date(change.on()), Timestamp.valueOf(change.on().atTime(9, order)), "generator", 0);
        }
        for (Dated change : unhcr) {
            order++;
            insert("REG_UNHCR_STATUS", "ID, PERSON_ID, STATUS, EFFECTIVE_ON, CREATED_AT, CREATED_BY, VERSION",
                    UUID.randomUUID().toString(), id, change.value(), date(change.on()), Timestamp.valueOf(change.on().atTime(9, order)),
                    "generator", 0);
        }
        Set<String> needs = new java.util.TreeSet<>();
        if (random.nextInt(100) < 12) {
            needs.add(pick(List.of("SERIOUS_MEDICAL_CONDITION", "DISABILITY", "SINGLE_WOMAN", "FEMALE_HEADED_HOUSEHOLD",
                    "UNACCOMPANIED_CHILD", "ELDERLY")));
        }
        for (String need : needs) {
            insert("REG_VULNERABILITY", "ID, PERSON_ID, FLAG, CREATED_AT, CREATED_BY, VERSION", UUID.randomUUID().toString(),
                    id, need, stamp(from), "generator", 0);
        }
        if (familyId != null) {
            insert("REG_FAMILY_MEMBER", "ID, FAMILY_ID, PERSON_ID, RELATIONSHIP, CREATED_AT, CREATED_BY, VERSION",
                    UUID.randomUUID().toString(), familyId, id, relationship, stamp(from), "generator", 0);
        }
        if (random.nextInt(100) < 40) {
            boolean passport = random.nextBoolean();
            String documentNumber = passport ? "P" + (1_000_000 + random.nextInt(9_000_000))
                    : (1390 + random.nextInt(15)) + "-" + (1000 + random.nextInt(9000)) + "-" + (10000 + random.nextInt(90000));
            insert("REG_DOCUMENT", "ID, PERSON_ID, DOC_TYPE, DOC_NUMBER, NUMBER_KEY, ISSUER, CREATED_AT, CREATED_BY, VERSION",
                    UUID.randomUUID().toString(), id, passport ? "PASSPORT" : "NATIONAL_ID", documentNumber,
                    documentNumber, passport ? "Republic of " + origin.nationality() : null,
                    stamp(from), "generator", 0);
        }
        placements(id, stays, placed, outside, end);
        if (placed == null && random.nextInt(100) < 60) {
            for (LocalDate report = from.plusMonths(1); report.isBefore(end) && report.isBefore(from.plusMonths(4));
                    report = report.plusMonths(1)) {
                insert("REG_SELF_REPORT", "ID, PERSON_ID, REPORTED_ON, REMARKS, CREATED_AT, CREATED_BY, VERSION",
                        UUID.randomUUID().toString(), id, date(report), null, stamp(report), "generator", 0);
            }
        }
        if (random.nextInt(100) < 2) {
            referral(current, id, from, end);
        }
        if (placed != null && random.nextInt(100) < 3) {
            LocalDateTime leave = day(placed, end).atTime(8, 0);
            insert("SHL_EXIT_PERMIT", "ID, PERSON_ID, OFFICE_ID, PURPOSE, DESTINATION, LEAVE_AT, EXPECTED_RETURN_AT, STATE,"
                            + " REQUESTED_BY, DECIDED_BY, RETURNED_AT, CREATED_AT, CREATED_BY, VERSION",
                    UUID.randomUUID().toString(), id, current.id(), "Berobat ke rumah sakit", "RSUD " + current.city(),
                    Timestamp.valueOf(leave), Timestamp.valueOf(leave.plusHours(6)), "RETURNED", "generator", "generator",
                    Timestamp.valueOf(leave.plusHours(5)), Timestamp.valueOf(leave.minusDays(1)), "generator", 2);
        }
        audit(current, id, from);
    }

    /** The person's placements in the shelters of the offices of their stays, moving once in five. */
    private void placements(String person, List<Stay> stays, LocalDate placed, LocalDate outside,
            LocalDate end) throws SQLException {
        if (placed == null) {
            return;
        }
        LocalDate last = outside != null ? outside : end;
        for (Stay stay : stays) {
            LocalDate from = placed.isAfter(stay.from()) ? placed : stay.from();
            LocalDate until = stay.until() == null ? (last.equals(TODAY) ? null : last)
                    : stay.until().isBefore(last) ? stay.until() : last;
            if (until != null && !until.isAfter(from)) {
                continue;
            }
            Office office = offices.stream().filter(o -> o.id().equals(stay.office())).findFirst().orElseThrow();
            LocalDate move = random.nextInt(5) == 0 ? day(from, until == null ? TODAY : until) : null;
            if (move != null && (!move.isAfter(from) || until != null && !move.isBefore(until))) {
                move = null;
            }
            placement(person, office, from, move != null ? move : until);
            if (move != null) {
                placement(person, office, move, until);
            }
        }
    }

    private void placement(String person, Office office, LocalDate from, LocalDate until) throws SQLException {
        String shelter = office.shelters().get(random.nextInt(office.shelters().size()));
        insert("SHL_PLACEMENT", "ID, PERSON_ID, SHELTER_ID, START_DATE, END_DATE, CREATED_AT, CREATED_BY, VERSION, OFFICE_ID",
                UUID.randomUUID().toString(), person, shelter, date(from), until == null ? null : date(until), stamp(from),
                "generator", 0, office.id());
        add(occupancy, List.of(office.id(), shelter), from, 1);
        if (until != null) {
            add(occupancy, List.of(office.id(), shelter), until, -1);
        }
    }

    private void referral(Office office, String person, LocalDate from, LocalDate end) throws SQLException {
        LocalDate asked = day(from, end);
        insert("PTR_REFERRAL", "ID, OFFICE_ID, PERSON_ID, ORGANISATION_ID, SERVICE, STATUS, REQUESTED_ON, REASON,"
                        + " REQUESTED_BY, ANSWERED_ON, ANSWERED_BY, COMPLETED_ON, OUTCOME, CREATED_AT, CREATED_BY, VERSION",
                UUID.randomUUID().toString(), office.id(), person, organisations.get(office.id()),
                pick(List.of("MEDICAL", "PSYCHOSOCIAL", "CASH_ASSISTANCE", "LEGAL")), "COMPLETED", date(asked),
                "Pemeriksaan kesehatan lanjutan", "generator", date(asked.plusDays(2)), "iom",
                date(asked.plusDays(14)), "Ditangani", stamp(asked), "generator", 2);
    }

    /** The registration's entry in the audit trail, content-hashed and chained after the last. */
    private void audit(Office office, String person, LocalDate on) throws SQLException {
        LocalDateTime at = on.atTime(9, random.nextInt(60), random.nextInt(60));
        String actor = "officer-" + office.code().toLowerCase();
        String address = "10.0.0." + (1 + random.nextInt(200));
        String content = sha256(at.toString(), actor, "PersonService.register", "Person", person, "SUCCESS", "null",
                "API", address, "null", "POST /api/v1/persons");
        insert("AUD_ENTRY", "OCCURRED_AT, ACTOR, OPERATION, RECORD_TYPE, RECORD_ID, OUTCOME, CHANNEL, ADDRESS, REQUEST,"
                        + " CONTENT_HASH, OFFICE_ID", Timestamp.valueOf(at), actor, "PersonService.register", "Person",
                person, "SUCCESS", "API", address, "POST /api/v1/persons", content, office.id());
    }

    /** Adds a change to the sums of its year, month and day. */
    private static void add(Map<List<Object>, long[]> sums, List<Object> key, LocalDate day, int delta) {
        for (Object[] period : new Object[][] {{"Y", day.withDayOfYear(1)}, {"M", day.withDayOfMonth(1)}, {"D", day}}) {
            List<Object> sum = new ArrayList<>(List.of(period[0], period[1]));
            sum.addAll(key);
            sums.computeIfAbsent(sum, k -> new long[1])[0] += delta;
        }
    }

    /** Adds the sums of what was generated to those already kept (the tables of the platform's DayTotals). */
    private void writeSums(String prefix, List<String> keyColumns, Map<List<Object>, long[]> sums) throws SQLException {
        String columns = "PERIOD_LEVEL, PERIOD_START, " + String.join(", ", keyColumns) + ", TOTAL";
        try (Statement read = db.createStatement();
                ResultSet kept = read.executeQuery("select " + columns + " from " + prefix + "_SUM")) {
            while (kept.next()) {
                List<Object> sum = new ArrayList<>(List.of(kept.getString(1), kept.getDate(2).toLocalDate()));
                for (int i = 0; i < keyColumns.size(); i++) {
                    sum.add(kept.getString(3 + i).strip());
                }
                sums.computeIfAbsent(sum, k -> new long[1])[0] += kept.getLong(3 + keyColumns.size());
            }
        }
        try (Statement clear = db.createStatement()) {
            clear.executeUpdate("delete from " + prefix + "_SUM");
        }
        for (Map.Entry<List<Object>, long[]> sum : sums.entrySet()) {
            if (sum.getValue()[0] != 0) {
                List<Object> values = new ArrayList<>(sum.getKey());
                values.set(1, date((LocalDate) values.get(1)));
                values.add(sum.getValue()[0]);
                insert(prefix + "_SUM", columns, values.toArray());
            }
        }
        flush();
        try (Statement bump = db.createStatement()) {
            bump.executeUpdate("update " + prefix + "_GENERATION set GENERATION = GENERATION + 1 where ID = 1");
        }
    }

    /** The offices of the country below the top office, made when missing, each with its shelters. */
    private void offices() throws SQLException {
        String top;
        Map<String, String> template = new HashMap<>();
        try (Statement read = db.createStatement();
                ResultSet kupang = read.executeQuery("select * from ORG_OFFICE where PARENT_ID is not null order by CODE")) {
            if (!kupang.next()) {
                throw new IllegalStateException("Start the server once first: the database has no office");
            }
            for (int i = 1; i <= kupang.getMetaData().getColumnCount(); i++) {
                template.put(kupang.getMetaData().getColumnName(i).toUpperCase(), kupang.getString(i));
            }
            top = template.get("PARENT_ID");
        }
        for (String[] row : OFFICES) {
            String id = find("select ID from ORG_OFFICE where CODE = ? or NAME like ?", row[0], "%" + row[1]);
            if (id == null) {
                id = UUID.randomUUID().toString();
                String name = "Rumah Detensi Imigrasi " + row[1];
                insert("ORG_OFFICE", "ID, PARENT_ID, CODE, NAME, ADDRESS, CITY, TIME_ZONE, LETTERHEAD, SIGNATORY_TITLE,"
                                + " SIGNATORY_NAME, NUMBER_PATTERN, ESTABLISHED, CREATED_AT, CREATED_BY, VERSION", id, top,
                        row[0], name, "Jl. Imigrasi No. 1, " + row[1], row[1], row[2],
                        template.get("LETTERHEAD").replace("KUPANG", row[1].toUpperCase()).replace("Kupang", row[1]),
                        "Kepala " + name, "Kepala Rudenim " + row[1],
                        template.get("NUMBER_PATTERN").replaceAll("\\.[A-Z]{3}-", "." + row[0] + "-"),
                        date(LocalDate.of(2005, 3, 1)), stamp(FIRST), "generator", 0);
                flush();
            }
            offices.add(new Office(id, row[0], row[1], Integer.parseInt(row[3]), new ArrayList<>(), new ArrayList<>()));
        }
        long persons = Math.max(1000, count("select count(*) from REG_PERSON"));
        for (Office office : offices) {
            try (PreparedStatement read = db.prepareStatement("select ID from SHL_SHELTER where OFFICE_ID = ?")) {
                read.setString(1, office.id());
                try (ResultSet shelters = read.executeQuery()) {
                    while (shelters.next()) {
                        office.shelters().add(shelters.getString(1));
                    }
                }
            }
            int wanted = 3 + (int) (persons * office.share() / 1000 / 1500);
            List<String> names = List.of("Hotel Ina Bo'i", "Wisma Oesapa", "Hotel Lavender", "Wisma Cendana",
                    "Hotel Kenari", "Wisma Melati", "Hotel Sumber Rejeki", "Wisma Flamboyan", "Hotel Sederhana");
            for (int i = office.shelters().size(); i < wanted; i++) {
                String id = UUID.randomUUID().toString();
                insert("SHL_SHELTER", "ID, NAME, ADDRESS, CITY, CAPACITY, CREATED_AT, CREATED_BY, VERSION, OFFICE_ID,"
                                + " SHELTER_TYPE", id, names.get(i % names.size()) + " " + office.city() + " " + (i + 1),
                        "Jl. Cendrawasih No. " + (i + 1), office.city(), 10_000, stamp(FIRST), "generator", 0, office.id(),
                        i % 3 == 0 ? "COMMUNITY_HOUSE" : "HOTEL");
                office.shelters().add(id);
            }
        }
        flush();
    }

    /** An IOM organisation per office, the partner of its referrals and visits. */
    private void organisations() throws SQLException {
        for (Office office : offices) {
            String id = find("select ID from PTR_ORGANISATION where OFFICE_ID = ? and TYPE = 'IOM'", office.id());
            if (id == null) {
                id = UUID.randomUUID().toString();
                insert("PTR_ORGANISATION", "ID, NAME, TYPE, CITY, CREATED_AT, CREATED_BY, VERSION, OFFICE_ID, STATUS", id,
                        "IOM " + office.city(), "IOM", office.city(), stamp(FIRST), "generator", 0, office.id(), "ACTIVE");
                for (int visit = 0; visit < 40; visit++) {
                    LocalDate on = day(FIRST, TODAY);
                    insert("PTR_VISIT", "ID, ORGANISATION_ID, VISIT_DATE, LOCATION, PURPOSE, MINUTES, CREATED_AT, CREATED_BY,"
                                    + " VERSION, OFFICE_ID, KIND", UUID.randomUUID().toString(), id, date(on),
                            "Ruang Kepala Rumah Detensi Imigrasi " + office.city(), "Koordinasi perkembangan pengungsi",
                            "Perkembangan pengungsi dibahas bersama.", stamp(on), "generator", 0, office.id(),
                            "PARTNER_VISIT");
                }
                for (int incident = 0; incident < 10 && !office.shelters().isEmpty(); incident++) {
                    LocalDateTime at = day(FIRST, TODAY).atTime(21, 30);
                    insert("SHL_INCIDENT", "ID, OFFICE_ID, SHELTER_ID, INCIDENT_TYPE, OCCURRED_AT, SEVERITY, DESCRIPTION,"
                                    + " POLICE_INFORMED, PARTNER_INFORMED, REPORTED_BY, CREATED_AT, CREATED_BY, VERSION",
                            UUID.randomUUID().toString(), office.id(), pick(office.shelters()), "DISTURBANCE",
                            Timestamp.valueOf(at), "LOW", "Keributan kecil di lobi soal pembagian makanan", false, true,
                            "generator", Timestamp.valueOf(at), "generator", 0);
                }
            }
            organisations.put(office.id(), id);
        }
        flush();
    }

    private void readAuditHead() throws SQLException {
        try (Statement read = db.createStatement();
                ResultSet head = read.executeQuery("select LAST_SEQ, LAST_HASH from AUD_HEAD where ID = 1")) {
            head.next();
            chainSeq = head.getLong(1);
            previousHash = head.getString(2);
        }
    }

    /** Chains the entries written, in the order of their ids, after the chain's head, and moves the head. */
    private void writeAuditHead() throws SQLException {
        flush();
        List<Object[]> unchained = new ArrayList<>();
        try (Statement read = db.createStatement();
                ResultSet entries = read.executeQuery("select ID, CONTENT_HASH from AUD_ENTRY where CHAIN_SEQ is null"
                        + " and ACTOR like 'officer-%' order by ID")) {
            while (entries.next()) {
                unchained.add(new Object[] {entries.getLong(1), entries.getString(2)});
            }
        }
        try (PreparedStatement chain = db.prepareStatement("update AUD_ENTRY set CHAIN_SEQ = ?, PREVIOUS_HASH = ?,"
                + " HASH = ? where ID = ?")) {
            int pending = 0;
            for (Object[] entry : unchained) {
                chainSeq++;
                String hash = sha256(String.valueOf(chainSeq), String.valueOf(entry[0]), (String) entry[1], previousHash);
                chain.setLong(1, chainSeq);
                chain.setString(2, previousHash);
                chain.setString(3, hash);
                chain.setLong(4, (Long) entry[0]);
                chain.addBatch();
                previousHash = hash;
                rows++;
                if (++pending == BATCH) {
                    chain.executeBatch();
                    pending = 0;
                }
            }
            chain.executeBatch();
        }
        try (PreparedStatement head = db.prepareStatement("update AUD_HEAD set LAST_SEQ = ?, LAST_HASH = ? where ID = 1")) {
            head.setLong(1, chainSeq);
            head.setString(2, previousHash);
            head.executeUpdate();
        }
    }

    private void insert(String table, String columns, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(table + columns);
        if (statement == null) {
            statement = db.prepareStatement("insert into " + table + " (" + columns + ") values ("
                    + "?, ".repeat(values.length - 1) + "?)");
            statements.put(table + columns, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (rows % BATCH == 0) {
            flush();
        }
    }

    /** Runs the batches in the order the tables were first written, parents before children. */
    private void flush() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private String find(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private Office other(Office office) {
        Office other;
        do {
            other = pickOffice();
        } while (other == office);
        return other;
    }

    private Office pickOffice() {
        int roll = random.nextInt(offices.stream().mapToInt(Office::share).sum());
        for (Office office : offices) {
            roll -= office.share();
            if (roll < 0) {
                return office;
            }
        }
        return offices.get(0);
    }

    private Origin weighted() {
        int roll = random.nextInt(ORIGINS.stream().mapToInt(Origin::share).sum());
        for (Origin origin : ORIGINS) {
            roll -= origin.share();
            if (roll < 0) {
                return origin;
            }
        }
        return ORIGINS.get(0);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private LocalDate day(LocalDate from, LocalDate until) {
        long span = Math.max(1, until.toEpochDay() - from.toEpochDay());
        return from.plusDays((long) (random.nextDouble() * span));
    }

    private static Date date(LocalDate day) {
        return Date.valueOf(day);
    }

    private static Timestamp stamp(LocalDate day) {
        return Timestamp.valueOf(day.atTime(9, 0));
    }

    /** As the audit trail hashes: the fields joined by the unit separator, SHA-256 in hex. */
    private static String sha256(String... fields) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

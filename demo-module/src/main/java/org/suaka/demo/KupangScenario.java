package org.suaka.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.suaka.registry.api.MaritalStatus;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.shelter.api.CreateShelter;

/**
 * Generates the seed scenario deterministically: the same families, names and dates on every machine.
 * Families arrive between 2015 and August 2024, so that all 171 persons are under supervision at the
 * end of September 2024.
 */
final class KupangScenario {

    /** How many persons the scenario holds, as in the Rudenim Kupang news item of 11 September 2024. */
    static final int PERSONS = 171;

    static final List<CreateShelter> SHELTERS = List.of(
            CreateShelter.of("Hotel Lavender Kupang", "Kelurahan Oebobo, Kota Kupang", "Kupang", 80),
            CreateShelter.of("Hotel Ina Bo'i", "Kelurahan Kelapa Lima, Kota Kupang", "Kupang", 65),
            CreateShelter.of("Hotel Kupang Inn", "Kelurahan Fatululi, Kota Kupang", "Kupang", 50));

    private static final String[] AFGHAN_MEN = {"Mohammad", "Ahmad", "Ali", "Hassan", "Hussain", "Reza", "Mahdi",
        "Jawad", "Sajjad", "Mustafa", "Abdul Qadir", "Gul Ahmad", "Nasir", "Habibullah", "Rahmatullah",
        "Zabihullah", "Javid", "Farid", "Sayed Ali", "Qasim", "Murtaza", "Ghulam Sakhi", "Hamid", "Karim"};
    private static final String[] AFGHAN_WOMEN = {"Zahra", "Fatima", "Maryam", "Masuma", "Sakina", "Roqia",
        "Farzana", "Shakila", "Nargis", "Parwana", "Zainab", "Ma'soumeh", "Soraya", "Shukria", "Halima",
        "Mahbooba", "Khadija", "Gulalai"};
    private static final String[] AFGHAN_FAMILIES = {"Hosseini", "Rezaei", "Mohammadi", "Ahmadi", "Jafari",
        "Karimi", "Sultani", "Haidari", "Nazari", "Rahimi", "Akbari", "Sadiqi", "Yousufi", "Wardak", "Popal",
        "Amiri", "Noori", "Hakimi", "Qaderi", "Changezi", "Rahmani", "Sharifi", "Āzādī"};
    private static final String[] PAKISTANI_MEN = {"Imran", "Bilal", "Usman", "Faisal", "Kashif", "Asif",
        "Waqas", "Zeeshan", "Hamza", "Liaquat Ali"};
    private static final String[] PAKISTANI_WOMEN = {"Ayesha", "Sana", "Hina", "Sadia", "Rabia", "Nadia", "Saima"};
    private static final String[] PAKISTANI_FAMILIES = {"Khan", "Qureshi", "Baloch", "Hussain", "Shah", "Iqbal",
        "Changezi", "Hazara", "Abbasi", "Malik"};

    private KupangScenario() {
    }

    /** @return the families of the scenario, 171 persons in all */
    static List<Family> families() {
        Random random = new Random(20240911L);
        List<Family> families = new ArrayList<>();
        int persons = 0;
        int caseSerial = 1;
        while (persons < PERSONS) {
            boolean pakistani = random.nextInt(100) < 13;
            int size = Math.min(familySize(random), PERSONS - persons);
            LocalDate arrival = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3500));
            String caseNumber = String.format("386-%02dC%05d", arrival.getYear() % 100, caseSerial++);
            List<RegisterPerson> members = new ArrayList<>();
            String family = pick(random, pakistani ? PAKISTANI_FAMILIES : AFGHAN_FAMILIES);
            boolean noFamilyName = !pakistani && random.nextInt(10) == 0;
            for (int i = 0; i < size; i++) {
                int serial = persons + i + 1;
                Sex sex = i == 0 ? (random.nextInt(10) < 8 ? Sex.MALE : Sex.FEMALE)
                        : i == 1 ? Sex.FEMALE : (random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
                String given = pick(random, sex == Sex.MALE ? (pakistani ? PAKISTANI_MEN : AFGHAN_MEN)
                        : (pakistani ? PAKISTANI_WOMEN : AFGHAN_WOMEN));
                LocalDate born = i < 2
                        ? LocalDate.of(1968 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : LocalDate.of(2008 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate from = born.isAfter(arrival) ? born : arrival;
                members.add(new RegisterPerson(given, noFamilyName ? null : family, sex, born,
                        pakistani ? "PAK" : "AFG", String.format("386-%08d", 170_000 + serial), caseNumber, from));
            }
            families.add(new Family(arrival, members));
            persons += size;
        }
        return families;
    }

    /**
     * Persons who left Rudenim Kupang's supervision in 2024 before September, so that the month's 171 stay
     * as reported while the history, the lists and the monthly movements show every kind of departure.
     */
    static final List<Departure> DEPARTED = List.of(
            new Departure(new RegisterPerson("Abdul Hadi", "Mohammadi", Sex.MALE, LocalDate.of(1986, 3, 9), "AFG",
                    "386-00169901", "386-17C09901", LocalDate.of(2017, 6, 12)),
                    LocalDate.of(2024, 2, 20), StatusReason.RESETTLED, "AUS", "Berangkat melalui Bandara El Tari"),
            new Departure(new RegisterPerson("Nafisa", "Mohammadi", Sex.FEMALE, LocalDate.of(1990, 11, 2), "AFG",
                    "386-00169902", "386-17C09901", LocalDate.of(2017, 6, 12)),
                    LocalDate.of(2024, 2, 20), StatusReason.RESETTLED, "AUS", "Bersama suami"),
            new Departure(new RegisterPerson("Muhammad Tariq", "Awan", Sex.MALE, LocalDate.of(1979, 7, 15), "PAK",
                    "386-00169903", "386-18C09902", LocalDate.of(2018, 1, 30)),
                    LocalDate.of(2024, 4, 3), StatusReason.VOLUNTARY_RETURN, null, "Difasilitasi IOM Kupang"),
            new Departure(new RegisterPerson("Shir Agha", "Popal", Sex.MALE, LocalDate.of(1996, 5, 21), "AFG",
                    "386-00169904", "386-19C09903", LocalDate.of(2019, 8, 5)),
                    LocalDate.of(2024, 5, 17), StatusReason.ABSCONDED, null,
                    "Tidak kembali ke Hotel Kupang Inn; dilaporkan ke Polresta Kupang Kota"),
            new Departure(new RegisterPerson("Ghulam Nabi", "Changezi", Sex.MALE, LocalDate.of(1955, 1, 1), "AFG",
                    "386-00169905", "386-16C09904", LocalDate.of(2016, 3, 22)),
                    LocalDate.of(2024, 6, 28), StatusReason.DECEASED, null, "RSUD Prof. Dr. W. Z. Johannes Kupang"),
            new Departure(new RegisterPerson("Roqia", "Sadiqi", Sex.FEMALE, LocalDate.of(2001, 9, 14), "AFG",
                    "386-00169906", "386-20C09905", LocalDate.of(2020, 10, 1)),
                    LocalDate.of(2024, 8, 8), StatusReason.RESETTLED, "CAN", null));

    private static final Map<String, String> OTHER_SPELLINGS = Map.ofEntries(Map.entry("Mohammad", "Muhammad"),
            Map.entry("Hussain", "Husain"), Map.entry("Hassan", "Hasan"), Map.entry("Zahra", "Zohra"),
            Map.entry("Fatima", "Fatemeh"), Map.entry("Hosseini", "Husaini"), Map.entry("Rezaei", "Rezayi"),
            Map.entry("Mohammadi", "Muhammadi"), Map.entry("Ahmadi", "Ahmady"), Map.entry("Masuma", "Ma'soumeh"),
            Map.entry("Qasim", "Kasim"), Map.entry("Khan", "Khaan"), Map.entry("Qureshi", "Kureishi"));
    private static final String[] FOUND_AT = {"Pantai Lasiana, Kupang", "Pelabuhan Tenau, Kupang",
        "Bandara El Tari, Kupang", "Terminal Oebobo, Kupang", "Pantai Pasir Panjang, Kupang"};
    private static final String[] FOUND_BY = {"Polresta Kupang Kota", "Polairud Polda NTT",
        "Kantor Imigrasi Kupang", "Warga Kelurahan Oesapa"};

    /**
     * A person's profile: how they were found the day before supervision began, their languages, and another
     * spelling of their name where one is common.
     *
     * @param person a registered person of the scenario
     * @param index the person's place in the scenario
     * @return the profile
     */
    static PersonProfile profileOf(PersonView person, int index) {
        boolean pakistani = "PAK".equals(person.nationality());
        String spelled = java.util.Arrays.stream(person.fullName().split(" "))
                .map(word -> OTHER_SPELLINGS.getOrDefault(word, word)).collect(java.util.stream.Collectors.joining(" "));
        List<String> aliases = spelled.equals(person.fullName()) ? List.of() : List.of(spelled);
        LocalDate found = person.supervisedFrom().minusDays(1).isBefore(person.dateOfBirth())
                ? person.supervisedFrom() : person.supervisedFrom().minusDays(1);
        return new PersonProfile(aliases, index % 11 == 0, pakistani ? "Quetta" : index % 2 == 0 ? "Ghazni" : "Kabul",
                pakistani ? "Hazara" : index % 3 == 0 ? "Tajik" : "Hazara", "Islam",
                pakistani ? List.of("Urdu", "Hazaragi") : List.of("Dari"),
                person.dateOfBirth().isAfter(LocalDate.of(2006, 1, 1)) ? MaritalStatus.SINGLE : MaritalStatus.MARRIED,
                null, found, FOUND_AT[index % FOUND_AT.length], FOUND_BY[index % FOUND_BY.length],
                "Suprema RealScan-G10", String.format("KPG-FP-%d-%04d", found.getYear(), index + 1), found.plusDays(1));
    }

    private static int familySize(Random random) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return 1;
        }
        if (roll < 55) {
            return 2;
        }
        return 3 + random.nextInt(4);
    }

    private static String pick(Random random, String[] names) {
        return names[random.nextInt(names.length)];
    }

    /**
     * A family registered under one UNHCR case, housed together.
     *
     * @param arrival when the family came under supervision
     * @param members its members, head of family first
     */
    record Family(LocalDate arrival, List<RegisterPerson> members) {
    }

    /**
     * A person who departed from supervision.
     *
     * @param person the registration
     * @param lastDay the last day of supervision
     * @param reason why
     * @param destination the country of resettlement, or null
     * @param note the officer's note, or null
     */
    record Departure(RegisterPerson person, LocalDate lastDay, StatusReason reason, String destination, String note) {
    }
}

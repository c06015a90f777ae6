package org.suaka.registry.internal.application;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;

/**
 * Reads an imported row's text as the registration form's facts: the sex as offices write it, dates in ISO or
 * day-first order, a nationality as a code or a country's name in Indonesian or English. What cannot be read
 * is named, field by field.
 */
final class ImportRowReader {

    private static final Map<String, Sex> SEXES = Map.ofEntries(Map.entry("L", Sex.MALE), Map.entry("LK", Sex.MALE),
            Map.entry("LAKI-LAKI", Sex.MALE), Map.entry("LAKI LAKI", Sex.MALE), Map.entry("PRIA", Sex.MALE),
            Map.entry("M", Sex.MALE), Map.entry("MALE", Sex.MALE), Map.entry("P", Sex.FEMALE), Map.entry("PR", Sex.FEMALE),
            Map.entry("PEREMPUAN", Sex.FEMALE), Map.entry("WANITA", Sex.FEMALE), Map.entry("F", Sex.FEMALE),
            Map.entry("FEMALE", Sex.FEMALE));

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, pattern("d/M/uuuu"),
            pattern("d-M-uuuu"), pattern("d.M.uuuu"));

    private static final Map<String, String> COUNTRIES = countries();
    private static final java.util.Set<String> CODES = java.util.Set.copyOf(COUNTRIES.values());

    private ImportRowReader() {
    }

    /**
     * @param row a row's text
     * @param problems where each field that cannot be read is named, as {@code field: reason}
     * @return the facts to register, or empty when a field cannot be read
     */
    static Optional<RegisterPerson> read(ImportRow row, List<String> problems) {
        int before = problems.size();
        Sex sex = sex(row.text(ImportField.SEX), problems);
        LocalDate born = date("dateOfBirth", row.text(ImportField.DATE_OF_BIRTH), true, problems);
        LocalDate from = date("supervisedFrom", row.text(ImportField.SUPERVISED_FROM), false, problems);
        String nationality = nationality(row.text(ImportField.NATIONALITY), problems);
        if (row.text(ImportField.GIVEN_NAME) == null) {
            problems.add("givenName: no given name");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RegisterPerson(row.text(ImportField.GIVEN_NAME), row.text(ImportField.FAMILY_NAME), sex, born,
                nationality, row.text(ImportField.UNHCR_NUMBER), row.text(ImportField.UNHCR_CASE_NUMBER), from));
    }

    private static Sex sex(String text, List<String> problems) {
        Sex sex = text == null ? null : SEXES.get(text.toUpperCase(Locale.ROOT));
        if (sex == null) {
            problems.add("sex: " + (text == null ? "no sex" : "'" + text + "' is not L/P, M/F, laki-laki/perempuan or male/female"));
        }
        return sex;
    }

    private static LocalDate date(String field, String text, boolean required, List<String> problems) {
        if (text == null) {
            if (required) {
                problems.add(field + ": no date");
            }
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        problems.add(field + ": '" + text + "' is not a date written YYYY-MM-DD or DD/MM/YYYY");
        return null;
    }

    private static String nationality(String text, List<String> problems) {
        if (text == null) {
            problems.add("nationality: no nationality");
            return null;
        }
        String code = text.length() == 3 && text.chars().allMatch(Character::isLetter) ? text.toUpperCase(Locale.ROOT)
                : COUNTRIES.get(key(text));
        if (code == null || !CODES.contains(code)) {
            problems.add("nationality: '" + text + "' is not a country Suaka knows");
            return null;
        }
        return code;
    }

    /** Country names in Indonesian and English, and the names offices use for nationals, to alpha-3 codes. */
    private static Map<String, String> countries() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String alpha3 = country.getISO3Country();
            for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                names.put(key(country.getDisplayCountry(language)), alpha3);
            }
            names.put(key(alpha3), alpha3);
        }
        for (String[] alias : new String[][] {{"afganistan", "AFG"}, {"afghan", "AFG"}, {"afghanistani", "AFG"},
            {"pakistani", "PAK"}, {"somali", "SOM"}, {"rohingya", "MMR"}, {"burma", "MMR"}, {"iranian", "IRN"},
            {"iraqi", "IRQ"}, {"sudanese", "SDN"}, {"yaman", "YEM"}, {"stateless", "XXA"}, {"tanpa kewarganegaraan", "XXA"}}) {
            names.put(alias[0], alias[1]);
        }
        return Map.copyOf(names);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * @param draft facts read from a row
     * @return what makes two rows of one file the same person: the names, the date of birth and the nationality
     */
    static String sameness(RegisterPerson draft) {
        List<String> parts = new ArrayList<>(List.of(key(draft.givenName()), draft.familyName() == null ? "" : key(draft.familyName()),
                String.valueOf(draft.dateOfBirth()), draft.nationality().toUpperCase(Locale.ROOT)));
        return String.join("|", parts);
    }
}

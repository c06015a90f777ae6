package org.suaka.registry.internal.application;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.RecordDocument;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
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

    private static final Map<String, Relationship> RELATIONSHIPS = relationships();

    private static final Map<String, DocumentType> DOCUMENT_TYPES = documentTypes();

    private static final Map<String, String> COUNTRIES = countries();
    private static final java.util.Set<String> CODES = java.util.Set.copyOf(COUNTRIES.values());

    private ImportRowReader() {
    }

    /**
     * @param row a row's text
     * @param problems where each field that cannot be read is named, as {@code field: reason}
     * @param says the reasons' words
     * @return the facts to register, or empty when a field cannot be read
     */
    static Optional<RegisterPerson> read(ImportRow row, List<String> problems, ImportProblems says) {
        int before = problems.size();
        Sex sex = sex(row.text(ImportField.SEX), problems, says);
        LocalDate born = date("dateOfBirth", row, ImportField.DATE_OF_BIRTH, true, problems, says);
        LocalDate from = date("supervisedFrom", row, ImportField.SUPERVISED_FROM, false, problems, says);
        String nationality = nationality(row.text(ImportField.NATIONALITY), problems, says);
        if (row.text(ImportField.GIVEN_NAME) == null) {
            problems.add(says.of("givenName", "givenName.missing"));
        }
        String relationship = row.text(ImportField.RELATIONSHIP);
        if (relationship != null && relationship(row).isEmpty()) {
            problems.add(says.of("relationship", "relationship.unknown", relationship));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RegisterPerson(row.text(ImportField.GIVEN_NAME), row.text(ImportField.FAMILY_NAME), sex, born,
                nationality, row.text(ImportField.UNHCR_NUMBER), row.text(ImportField.UNHCR_CASE_NUMBER), from));
    }

    /**
     * @param row a row's text
     * @param problems where a document named by half (a kind without a number, or the reverse) or of an unknown
     *     kind is named
     * @param says the reasons' words
     * @return the identity document the row gives, when it gives one
     */
    static Optional<RecordDocument> document(ImportRow row, List<String> problems, ImportProblems says) {
        String type = row.text(ImportField.DOCUMENT_TYPE);
        String number = row.text(ImportField.DOCUMENT_NUMBER);
        if (type == null && number == null) {
            return Optional.empty();
        }
        if (type == null || number == null) {
            problems.add(says.of(type == null ? "type" : "number", "document.half"));
            return Optional.empty();
        }
        DocumentType kind = DOCUMENT_TYPES.get(key(type));
        if (kind == null) {
            problems.add(says.of("type", "document.unknown", type));
            return Optional.empty();
        }
        return Optional.of(new RecordDocument(kind, number, null, null, null));
    }

    /**
     * @param row a row's text
     * @return the relationship to the family's head it gives, when it gives one Suaka knows
     */
    static Optional<Relationship> relationship(ImportRow row) {
        String text = row.text(ImportField.RELATIONSHIP);
        return text == null ? Optional.empty() : Optional.ofNullable(RELATIONSHIPS.get(key(text)));
    }

    private static Sex sex(String text, List<String> problems, ImportProblems says) {
        Sex sex = text == null ? null : SEXES.get(text.toUpperCase(Locale.ROOT));
        if (sex == null) {
            problems.add(text == null ? says.of("sex", "sex.missing") : says.of("sex", "sex.unknown", text));
        }
        return sex;
    }

    private static LocalDate date(String field, ImportRow row, ImportField column, boolean required, List<String> problems,
            ImportProblems says) {
        try {
            Optional<LocalDate> date = row.date(column);
            if (date.isEmpty() && required) {
                problems.add(says.of(field, "date.missing"));
            }
            return date.orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(says.of(field, "date.unknown", row.text(column)));
            return null;
        }
    }

    private static String nationality(String text, List<String> problems, ImportProblems says) {
        if (text == null) {
            problems.add(says.of("nationality", "nationality.missing"));
            return null;
        }
        String code = text.length() == 3 && text.chars().allMatch(Character::isLetter) ? text.toUpperCase(Locale.ROOT)
                : COUNTRIES.get(key(text));
        if (code == null || !CODES.contains(code)) {
            problems.add(says.of("nationality", "nationality.unknown", text));
            return null;
        }
        return code;
    }

    /** The relationships as offices, IOM and UNHCR write them, in Indonesian and English, and Suaka's own names. */
    private static Map<String, Relationship> relationships() {
        Map<String, Relationship> names = new HashMap<>();
        for (Relationship relationship : Relationship.values()) {
            names.put(key(relationship.name().replace('_', ' ')), relationship);
        }
        Object[][] aliases = {{Relationship.HEAD, "kepala keluarga", "kepala", "kk", "head of family", "head of household"},
            {Relationship.SPOUSE, "istri", "isteri", "suami", "pasangan", "wife", "husband"},
            {Relationship.CHILD, "anak", "anak kandung", "putra", "putri", "son", "daughter"},
            {Relationship.PARENT, "orang tua", "ayah", "ibu", "father", "mother"},
            {Relationship.SIBLING, "saudara", "saudara kandung", "kakak", "adik", "brother", "sister"},
            {Relationship.GRANDCHILD, "cucu"},
            {Relationship.OTHER_RELATIVE, "kerabat", "keluarga lain", "famili", "relative"},
            {Relationship.UNRELATED, "bukan keluarga", "lainnya", "not related"}};
        for (Object[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                names.put((String) alias[i], (Relationship) alias[0]);
            }
        }
        return Map.copyOf(names);
    }

    /** The kinds of identity document as offices write them, in Indonesian and English, and Suaka's own names. */
    private static Map<String, DocumentType> documentTypes() {
        Map<String, DocumentType> names = new HashMap<>();
        for (DocumentType type : DocumentType.values()) {
            names.put(key(type.name().replace('_', ' ')), type);
        }
        Object[][] aliases = {{DocumentType.PASSPORT, "paspor", "pasport"},
            {DocumentType.NATIONAL_ID, "ktp", "kartu identitas", "kartu tanda penduduk", "tazkira", "tazkera", "national id card",
                "id card", "cnic"},
            {DocumentType.UNHCR_CARD, "kartu unhcr", "unhcr", "unhcr id card"},
            {DocumentType.BIRTH_CERTIFICATE, "akta kelahiran", "akte kelahiran", "akta lahir"},
            {DocumentType.OTHER, "lainnya", "lain lain", "dokumen lain"}};
        for (Object[] alias : aliases) {
            for (int i = 1; i < alias.length; i++) {
                names.put((String) alias[i], (DocumentType) alias[0]);
            }
        }
        return Map.copyOf(names);
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

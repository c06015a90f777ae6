package org.suaka.web.imports;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportRow;

/**
 * Which column holds which field, found from the header in Indonesian or English (as offices, IOM and UNHCR
 * name them, and as Suaka's own exports do), and the rows read through it.
 */
public final class ColumnMapping {

    private static final Map<ImportField, List<String>> NAMES = Map.ofEntries(Map.entry(
            ImportField.GIVEN_NAME, List.of("nama depan", "nama", "nama lengkap", "given name", "first name", "name", "full name")),
            Map.entry(ImportField.FAMILY_NAME, List.of("nama keluarga", "nama belakang", "marga", "family name", "surname", "last name")),
            Map.entry(ImportField.SEX, List.of("jenis kelamin", "kelamin", "jk", "l p", "sex", "gender")),
            Map.entry(ImportField.DATE_OF_BIRTH, List.of("tanggal lahir", "tgl lahir", "date of birth", "dob", "birth date", "birthdate")),
            Map.entry(ImportField.NATIONALITY, List.of("kewarganegaraan", "kebangsaan", "negara asal", "warga negara", "nationality",
                    "country of origin", "citizenship")),
            Map.entry(ImportField.UNHCR_NUMBER, List.of("nomor individu unhcr", "nomor unhcr", "no unhcr", "unhcr number",
                    "unhcr individual number", "unhcr id", "individual number")),
            Map.entry(ImportField.UNHCR_CASE_NUMBER, List.of("nomor kasus unhcr", "nomor kasus", "no kasus", "unhcr case number",
                    "case number", "case no")),
            Map.entry(ImportField.SUPERVISED_FROM, List.of("diawasi sejak", "tanggal kedatangan", "tgl kedatangan", "tanggal masuk",
                    "supervised from", "arrival date", "date of arrival")),
            Map.entry(ImportField.DOCUMENT_TYPE, List.of("jenis dokumen", "dokumen", "jenis identitas", "document type",
                    "document", "id type")),
            Map.entry(ImportField.DOCUMENT_NUMBER, List.of("nomor dokumen", "no dokumen", "nomor identitas", "document number",
                    "document no", "id number")),
            Map.entry(ImportField.SHELTER, List.of("penampungan", "tempat penampungan", "nama penampungan", "shelter",
                    "accommodation", "shelter name")),
            Map.entry(ImportField.PLACED_FROM, List.of("ditempatkan sejak", "tanggal penempatan", "tgl penempatan", "placed from",
                    "placement date", "date of placement")),
            Map.entry(ImportField.FAMILY_GROUP, List.of("kelompok keluarga", "no kk", "nomor kk", "nomor kartu keluarga",
                    "family group", "household", "family id", "household id")),
            Map.entry(ImportField.RELATIONSHIP, List.of("hubungan", "hubungan keluarga", "hubungan dengan kepala keluarga",
                    "status dalam keluarga", "relationship", "relationship to head", "relation")));

    private final Map<ImportField, Integer> columns;

    private ColumnMapping(Map<ImportField, Integer> columns) {
        this.columns = Map.copyOf(columns);
    }

    /**
     * @param header a sheet's header
     * @return each field found in it and its column; a field named twice takes its first column
     */
    public static ColumnMapping of(List<String> header) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        for (int column = 0; column < header.size(); column++) {
            Optional<ImportField> field = fieldNamed(header.get(column));
            if (field.isPresent() && !found.containsKey(field.get())) {
                found.put(field.get(), column);
            }
        }
        return new ColumnMapping(found);
    }

    /**
     * @param header a sheet's header
     * @param saved the header of each field's column, as a saved mapping keeps it
     * @return each field whose header the sheet has, and its column; case, accents and punctuation aside
     */
    public static ColumnMapping of(List<String> header, Map<ImportField, String> saved) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        saved.forEach((field, name) -> {
            for (int column = 0; column < header.size(); column++) {
                if (key(header.get(column)).equals(key(name))) {
                    found.put(field, column);
                    break;
                }
            }
        });
        return new ColumnMapping(found);
    }

    /**
     * @param header a sheet's header
     * @return the header of each field's column, to save the mapping by name
     */
    public Map<ImportField, String> headers(List<String> header) {
        Map<ImportField, String> names = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> names.put(field, header.get(column)));
        return names;
    }

    /**
     * @param header a column's header
     * @return the field it names, when it names one
     */
    public static Optional<ImportField> fieldNamed(String header) {
        String key = key(header);
        return NAMES.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * @param field a field
     * @param column the column that holds it, or null to leave it out
     * @return this mapping with that one field changed
     */
    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(changed);
    }

    /** @return each field mapped and its column */
    public Map<ImportField, Integer> columns() {
        return columns;
    }

    /**
     * @param sheet a sheet
     * @return its rows as the registry's import reads them
     */
    public List<ImportRow> rows(Sheet sheet) {
        return sheet.rows().stream().map(line -> {
            Map<ImportField, String> values = new EnumMap<>(ImportField.class);
            columns.forEach((field, column) -> values.put(field, line.cell(column)));
            return new ImportRow(line.number(), values);
        }).toList();
    }

    private static String key(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}

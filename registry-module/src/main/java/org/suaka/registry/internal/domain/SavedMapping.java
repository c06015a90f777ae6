package org.suaka.registry.internal.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportMapping;

/** A column mapping saved by name in an office ({@code REG_IMPORT_MAPPING}). */
@Entity
@Table(name = "REG_IMPORT_MAPPING")
public class SavedMapping implements OfficeRecord {

    private static final String FIELD_END = "\n";
    private static final char NAME_END = '=';

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "COLUMNS", nullable = false, length = 4000)
    private String columns;

    @Column(name = "SAVED_BY", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "SAVED_AT", nullable = false)
    private LocalDateTime savedAt;

    protected SavedMapping() {
        // for JPA
    }

    /**
     * @param office the office
     * @param name the mapping's name
     */
    public SavedMapping(OfficeId office, String name) {
        this.id = UUID.randomUUID().toString();
        this.office = office;
        this.name = name;
    }

    /**
     * @param mapping the headers of the fields' columns
     * @param by who saves it
     */
    public void save(ImportMapping mapping, String by) {
        StringBuilder text = new StringBuilder();
        mapping.headers().forEach((field, header) -> text.append(field.name()).append(NAME_END)
                .append(header.replace('\n', ' ').replace('\r', ' ')).append(FIELD_END));
        this.columns = text.toString();
        this.savedBy = by;
        this.savedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the mapping */
    public ImportMapping toMapping() {
        Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
        for (String line : columns.split(FIELD_END)) {
            int end = line.indexOf(NAME_END);
            if (end > 0) {
                headers.put(ImportField.valueOf(line.substring(0, end)), line.substring(end + 1));
            }
        }
        return new ImportMapping(name, headers);
    }
}

package org.suaka.office.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.office.api.OfficeView;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/**
 * An office: Ditjen Imigrasi (no parent) or an office below it.
 */
@Entity
@Table(name = "ORG_OFFICE")
public class Office extends RecordEntity {

    private static final String LINE_BREAK = "|";

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "PARENT_ID", length = 36)
    private OfficeId parent;

    @Column(name = "CODE", nullable = false, length = 10)
    private String code;

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "CITY", nullable = false, length = 100)
    private String city;

    @Column(name = "TIME_ZONE", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "LETTERHEAD", nullable = false, length = 620)
    private String letterhead;

    @Column(name = "SIGNATORY_TITLE", nullable = false, length = 150)
    private String signatoryTitle;

    @Column(name = "SIGNATORY_NAME", nullable = false, length = 150)
    private String signatoryName;

    @Column(name = "SIGNATORY_NIP", length = 30)
    private String signatoryNip;

    @Column(name = "NUMBER_PATTERN", nullable = false, length = 100)
    private String numberPattern;

    @Column(name = "ESTABLISHED", nullable = false)
    private LocalDate established;

    protected Office() {
        // for JPA
    }

    /**
     * @param id the office's id
     * @param facts its validated facts; the parent is null for the top office
     */
    Office(OfficeId id, SaveOffice facts) {
        super(id.value());
        take(facts);
    }

    /**
     * @param facts all of the office's facts, validated
     */
    void correct(SaveOffice facts) {
        requireVersion(facts.version() == null ? -1 : facts.version());
        take(facts);
    }

    private void take(SaveOffice facts) {
        this.parent = facts.parent();
        this.code = facts.code().strip();
        this.name = facts.name().strip();
        this.address = facts.address() == null || facts.address().isBlank() ? null : facts.address().strip();
        this.city = facts.city().strip();
        this.timeZone = facts.timeZone().strip();
        this.letterhead = String.join(LINE_BREAK, facts.letterhead().stream().map(String::strip).toList());
        this.signatoryTitle = facts.signatory().title().strip();
        this.signatoryName = facts.signatory().name().strip();
        this.signatoryNip = facts.signatory().nip() == null || facts.signatory().nip().isBlank() ? null
                : facts.signatory().nip().strip();
        this.numberPattern = facts.documentNumberPattern().strip();
        this.established = facts.established();
    }

    /** @return the office's id */
    OfficeId id() {
        return new OfficeId(uuid());
    }

    /** @return whether it is the top office */
    boolean national() {
        return parent == null;
    }

    /** @return the office as the API shows it */
    OfficeView toView() {
        List<String> lines = Arrays.stream(letterhead.split("\\" + LINE_BREAK)).toList();
        return new OfficeView(id(), parent, code, name, address, city, timeZone, lines,
                new Signatory(signatoryTitle, signatoryName, signatoryNip), numberPattern, established, national(),
                version());
    }

    @Override
    protected String recordType() {
        return "office";
    }
}

package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.MaritalStatus;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonProfile;

/**
 * A person's profile ({@code REG_PROFILE}), one row per person under the person's id. Aliases and
 * languages are kept one per line.
 */
@Entity
@Table(name = "REG_PROFILE")
public class ProfileRecord extends RecordEntity {

    /** The most other spellings a profile keeps. */
    private static final int MAX_ALIASES = 10;

    @Column(name = "ALIASES", length = 1100)
    private String aliases;

    @Column(name = "DOB_ESTIMATED", nullable = false)
    private boolean dateOfBirthEstimated;

    @Column(name = "PLACE_OF_BIRTH", length = 100)
    private String placeOfBirth;

    @Column(name = "ETHNICITY", length = 50)
    private String ethnicity;

    @Column(name = "RELIGION", length = 50)
    private String religion;

    @Column(name = "LANGUAGES", length = 450)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARITAL_STATUS", length = 20)
    private MaritalStatus maritalStatus;

    @Column(name = "PHONE", length = 20)
    private String phone;

    @Column(name = "ARRIVED_ON")
    private LocalDate arrivedOn;

    @Column(name = "FOUND_AT", length = 100)
    private String foundAt;

    @Column(name = "FOUND_BY", length = 100)
    private String foundBy;

    @Column(name = "FP_DEVICE", length = 50)
    private String fingerprintDevice;

    @Column(name = "FP_REFERENCE", length = 50)
    private String fingerprintReference;

    @Column(name = "FP_TAKEN_ON")
    private LocalDate fingerprintTakenOn;

    protected ProfileRecord() {
        // for JPA
    }

    /** @param personId whose profile */
    public ProfileRecord(PersonId personId) {
        super(personId.value());
    }

    /** @param profile the profile as a whole, validated */
    public void record(PersonProfile profile) {
        this.aliases = lines(profile.aliases());
        this.dateOfBirthEstimated = profile.dateOfBirthEstimated();
        this.placeOfBirth = blankToNull(profile.placeOfBirth());
        this.ethnicity = blankToNull(profile.ethnicity());
        this.religion = blankToNull(profile.religion());
        this.languages = lines(profile.languages());
        this.maritalStatus = profile.maritalStatus();
        this.phone = blankToNull(profile.phone());
        this.arrivedOn = profile.arrivedOn();
        this.foundAt = blankToNull(profile.foundAt());
        this.foundBy = blankToNull(profile.foundBy());
        this.fingerprintDevice = blankToNull(profile.fingerprintDevice());
        this.fingerprintReference = blankToNull(profile.fingerprintReference());
        this.fingerprintTakenOn = profile.fingerprintTakenOn();
    }

    /**
     * Takes on the names of a record merged into this one as other spellings, keeping the ten a profile
     * holds at most (its own first), and the facts this profile lacks.
     *
     * @param names the merged record's name and other spellings
     * @param merged the merged record's profile, or null
     */
    public void absorb(List<String> names, ProfileRecord merged) {
        List<String> all = new java.util.ArrayList<>(aliases());
        all.addAll(names);
        this.aliases = lines(all.stream().map(String::strip).distinct().limit(MAX_ALIASES).toList());
        if (merged == null) {
            return;
        }
        this.placeOfBirth = placeOfBirth == null ? merged.placeOfBirth : placeOfBirth;
        this.ethnicity = ethnicity == null ? merged.ethnicity : ethnicity;
        this.religion = religion == null ? merged.religion : religion;
        this.languages = languages == null ? merged.languages : languages;
        this.maritalStatus = maritalStatus == null ? merged.maritalStatus : maritalStatus;
        this.phone = phone == null ? merged.phone : phone;
        if (arrivedOn == null || merged.arrivedOn != null && merged.arrivedOn.isBefore(arrivedOn)) {
            this.arrivedOn = merged.arrivedOn;
            this.foundAt = merged.foundAt;
            this.foundBy = merged.foundBy;
        }
        if (fingerprintReference == null) {
            this.fingerprintDevice = merged.fingerprintDevice;
            this.fingerprintReference = merged.fingerprintReference;
            this.fingerprintTakenOn = merged.fingerprintTakenOn;
        }
    }

    /** @return the other spellings of the name */
    public List<String> aliases() {
        return split(aliases);
    }

    /** @return the profile as the API shows it */
    public PersonProfile toProfile() {
        return new PersonProfile(split(aliases), dateOfBirthEstimated, placeOfBirth, ethnicity, religion, split(languages),
                maritalStatus, phone, arrivedOn, foundAt, foundBy, fingerprintDevice, fingerprintReference,
                fingerprintTakenOn);
    }

    private static String lines(List<String> values) {
        List<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static List<String> split(String lines) {
        return lines == null ? List.of() : Arrays.asList(lines.split("\n"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

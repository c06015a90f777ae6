package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.platform.api.UploadedFiles;
import org.suaka.registry.api.MaritalStatus;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;

/**
 * The profile page of a person: other spellings of the name (one per line), birth, ethnicity, religion,
 * languages, marital status, phone, how they were found, the fingerprint reference, and the photo.
 */
@Named("profileForm")
@ViewScoped
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "profile";

    @Inject
    transient ProfileService profiles;

    @Inject
    transient PersonService persons;

    private String id;
    private String name;
    private String aliases;
    private boolean dateOfBirthEstimated;
    private String placeOfBirth;
    private String ethnicity;
    private String religion;
    private String languages;
    private MaritalStatus maritalStatus;
    private String phone;
    private LocalDate arrivedOn;
    private String foundAt;
    private String foundBy;
    private String fingerprintDevice;
    private String fingerprintReference;
    private LocalDate fingerprintTakenOn;
    private transient Part photo;

    /** Loads the person's profile named by the {@code id} view parameter. */
    public void load() {
        PersonId personId = PersonId.parse(id).orElse(null);
        PersonView person = personId == null ? null : persons.find(personId).orElse(null);
        if (person == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        name = person.fullName();
        PersonProfile profile = profiles.profileOf(personId);
        aliases = String.join("\n", profile.aliases());
        dateOfBirthEstimated = profile.dateOfBirthEstimated();
        placeOfBirth = profile.placeOfBirth();
        ethnicity = profile.ethnicity();
        religion = profile.religion();
        languages = String.join(", ", profile.languages());
        maritalStatus = profile.maritalStatus();
        phone = profile.phone();
        arrivedOn = profile.arrivedOn();
        foundAt = profile.foundAt();
        foundBy = profile.foundBy();
        fingerprintDevice = profile.fingerprintDevice();
        fingerprintReference = profile.fingerprintReference();
        fingerprintTakenOn = profile.fingerprintTakenOn();
    }

    /**
     * @return the person's page, or null to stay with the messages shown
     */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            PersonId personId = PersonId.parse(id).orElseThrow();
            byte[] chosen = chosenPhoto();
            profiles.recordProfile(personId, new PersonProfile(items(aliases, "\n"), dateOfBirthEstimated, placeOfBirth,
                    ethnicity, religion, items(languages, ","), maritalStatus, phone, arrivedOn, foundAt, foundBy,
                    fingerprintDevice, fingerprintReference, fingerprintTakenOn));
            if (chosen != null) {
                profiles.setPhoto(personId, chosen);
            }
            Messages.info(Messages.text("profile.saved"));
            return PersonTab.IDENTITY.outcome(id);
        });
    }

    private byte[] chosenPhoto() {
        byte[] chosen = ChosenFiles.read(photo, "photo", ProfileService.MAX_PHOTO_BYTES, "person.photoTooLarge");
        if (chosen != null) {
            UploadedFiles.check("photo", chosen, ProfileService.MAX_PHOTO_BYTES, UploadedFiles.IMAGES);
        }
        return chosen;
    }

    private static List<String> items(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    /** @return the marital statuses to choose from */
    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    /** @return the person's id, from the URL */
    public String getId() {
        return id;
    }

    /** @param id the person's id, from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the person's name, for the heading */
    public String getName() {
        return name;
    }

    /** @return the other spellings, one per line */
    public String getAliases() {
        return aliases;
    }

    /** @param aliases the other spellings, one per line */
    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    /** @return whether the date of birth is an estimate */
    public boolean isDateOfBirthEstimated() {
        return dateOfBirthEstimated;
    }

    /** @param dateOfBirthEstimated whether the date of birth is an estimate */
    public void setDateOfBirthEstimated(boolean dateOfBirthEstimated) {
        this.dateOfBirthEstimated = dateOfBirthEstimated;
    }

    /** @return the place of birth */
    public String getPlaceOfBirth() {
        return placeOfBirth;
    }

    /** @param placeOfBirth the place of birth */
    public void setPlaceOfBirth(String placeOfBirth) {
        this.placeOfBirth = placeOfBirth;
    }

    /** @return the ethnicity */
    public String getEthnicity() {
        return ethnicity;
    }

    /** @param ethnicity the ethnicity */
    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    /** @return the religion */
    public String getReligion() {
        return religion;
    }

    /** @param religion the religion */
    public void setReligion(String religion) {
        this.religion = religion;
    }

    /** @return the languages, comma-separated */
    public String getLanguages() {
        return languages;
    }

    /** @param languages the languages, comma-separated */
    public void setLanguages(String languages) {
        this.languages = languages;
    }

    /** @return the marital status */
    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    /** @param maritalStatus the marital status */
    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    /** @return the phone number */
    public String getPhone() {
        return phone;
    }

    /** @param phone the phone number */
    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** @return the day the person was found */
    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    /** @param arrivedOn the day the person was found */
    public void setArrivedOn(LocalDate arrivedOn) {
        this.arrivedOn = arrivedOn;
    }

    /** @return where the person was found */
    public String getFoundAt() {
        return foundAt;
    }

    /** @param foundAt where the person was found */
    public void setFoundAt(String foundAt) {
        this.foundAt = foundAt;
    }

    /** @return who found or handed over the person */
    public String getFoundBy() {
        return foundBy;
    }

    /** @param foundBy who found or handed over the person */
    public void setFoundBy(String foundBy) {
        this.foundBy = foundBy;
    }

    /** @return the fingerprint device */
    public String getFingerprintDevice() {
        return fingerprintDevice;
    }

    /** @param fingerprintDevice the fingerprint device */
    public void setFingerprintDevice(String fingerprintDevice) {
        this.fingerprintDevice = fingerprintDevice;
    }

    /** @return the fingerprint reference */
    public String getFingerprintReference() {
        return fingerprintReference;
    }

    /** @param fingerprintReference the fingerprint reference */
    public void setFingerprintReference(String fingerprintReference) {
        this.fingerprintReference = fingerprintReference;
    }

    /** @return the day the fingerprints were taken */
    public LocalDate getFingerprintTakenOn() {
        return fingerprintTakenOn;
    }

    /** @param fingerprintTakenOn the day the fingerprints were taken */
    public void setFingerprintTakenOn(LocalDate fingerprintTakenOn) {
        this.fingerprintTakenOn = fingerprintTakenOn;
    }

    /** @return the photo chosen */
    public Part getPhoto() {
        return photo;
    }

    /** @param photo the photo chosen */
    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.platform.api.UploadedFiles;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.UpdatePerson;

/**
 * The registration form, which also corrects a registered person when opened with {@code ?id=}. The
 * registry validates the command (Bean Validation on its api and its own rules); each violation is shown
 * beside the field it concerns. A correction sends the version read when the form opened, so that a
 * concurrent change is refused rather than overwritten.
 */
@Named("personForm")
@ViewScoped
public class PersonFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "person";

    @Inject
    transient PersonService persons;

    private String givenName;
    private String familyName;
    private Sex sex;
    private LocalDate dateOfBirth;
    private String nationality;
    private String unhcrNumber;
    private String unhcrCaseNumber;
    private LocalDate supervisedFrom;
    private String id;
    private Long version;
    private List<DuplicateCandidate> probableDuplicates = List.of();
    private boolean duplicateChecked;

    @Inject
    transient LanguageView language;

    @Inject
    transient ProfileService profiles;

    private transient Part photo;
    private byte[] photoBytes;

    /** Fills the form from the person named by the {@code id} view parameter, for a correction. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        PersonView person = PersonId.parse(id).flatMap(persons::find).orElse(null);
        if (person == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            id = null;
            return;
        }
        givenName = person.givenName();
        familyName = person.familyName();
        sex = person.sex();
        dateOfBirth = person.dateOfBirth();
        nationality = person.nationality();
        unhcrNumber = person.unhcrNumber();
        unhcrCaseNumber = person.unhcrCaseNumber();
        supervisedFrom = person.supervisedFrom();
        version = person.version();
    }

    /** @return whether the form corrects a registered person */
    public boolean isEditing() {
        return version != null;
    }

    /**
     * @return the person's page, or null to stay on the form with the messages shown
     */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            keepChosenPhoto();
            RegisterPerson registration = new RegisterPerson(givenName, familyName, sex, dateOfBirth, nationality,
                    unhcrNumber, unhcrCaseNumber, supervisedFrom);
            if (!isEditing() && !duplicateChecked) {
                probableDuplicates = persons.duplicateCandidates(registration).stream()
                        .filter(c -> c.score() >= DuplicateCandidate.PROBABLE).toList();
                if (!probableDuplicates.isEmpty()) {
                    Messages.error(FORM + ":duplicateChecked", Messages.text("person.duplicateWarning"));
                    return null;
                }
            }
            // checked just now (none found) or by the user: the registry need not look again
            PersonView person = isEditing()
                    ? persons.update(PersonId.parse(id).orElseThrow(), new UpdatePerson(givenName,
                            blank(familyName), sex, dateOfBirth, nationality, blank(unhcrNumber),
                            blank(unhcrCaseNumber), supervisedFrom, version))
                    : persons.register(registration, true);
            if (photoBytes != null) {
                profiles.setPhoto(person.id(), photoBytes);
            }
            Messages.info(Messages.text(isEditing() ? "person.corrected" : "person.registered", person.fullName()));
            return PersonTab.IDENTITY.outcome(person.id().toString());
        });
    }

    /** An emptied optional field clears the stored value. */
    private static String blank(String text) {
        return text == null ? "" : text;
    }


    /** @return the registered persons who are probable duplicates of the registration, after a save */
    public List<DuplicateCandidate> getProbableDuplicates() {
        return probableDuplicates;
    }

    /** @return whether the user checked the probable duplicates and found this a different person */
    public boolean isDuplicateChecked() {
        return duplicateChecked;
    }

    /** @param duplicateChecked whether the user checked the probable duplicates */
    public void setDuplicateChecked(boolean duplicateChecked) {
        this.duplicateChecked = duplicateChecked;
    }

    /**
     * @return every nationality to choose from: the ISO 3166 alpha-3 countries by their name in the interface
     *     language, then the travel documents' codes for stateless persons and refugees
     */
    public List<SelectItem> getNationalities() {
        return CountryItems.nationalities(language.getLocale());
    }

    /**
     * Reads the photo chosen with this submission, checked before anything is registered, and keeps it for
     * the submission that confirms a duplicate check, since a browser does not send a chosen file twice.
     */
    private void keepChosenPhoto() {
        byte[] chosen = ChosenFiles.read(photo, "photo", ProfileService.MAX_PHOTO_BYTES, "person.photoTooLarge");
        if (chosen != null) {
            UploadedFiles.check("photo", chosen, ProfileService.MAX_PHOTO_BYTES, UploadedFiles.IMAGES);
            photoBytes = chosen;
        }
    }

    /** @return the photo chosen */
    public Part getPhoto() {
        return photo;
    }

    /** @param photo the photo chosen */
    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    /** @return whether a photo was chosen and kept for the registration */
    public boolean isPhotoKept() {
        return photoBytes != null;
    }

    /** @return the sexes to choose from */
    public Sex[] getSexes() {
        return Sex.values();
    }

    /** @return the given name typed */
    public String getGivenName() {
        return givenName;
    }

    /** @param givenName the given name typed */
    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    /** @return the family name typed */
    public String getFamilyName() {
        return familyName;
    }

    /** @param familyName the family name typed */
    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    /** @return the sex chosen */
    public Sex getSex() {
        return sex;
    }

    /** @param sex the sex chosen */
    public void setSex(Sex sex) {
        this.sex = sex;
    }

    /** @return the date of birth chosen */
    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /** @param dateOfBirth the date of birth chosen */
    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** @return the nationality code typed */
    public String getNationality() {
        return nationality;
    }

    /** @param nationality the nationality code typed */
    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    /** @return the UNHCR individual number typed */
    public String getUnhcrNumber() {
        return unhcrNumber;
    }

    /** @param unhcrNumber the UNHCR individual number typed */
    public void setUnhcrNumber(String unhcrNumber) {
        this.unhcrNumber = unhcrNumber;
    }

    /** @return the UNHCR case number typed */
    public String getUnhcrCaseNumber() {
        return unhcrCaseNumber;
    }

    /** @param unhcrCaseNumber the UNHCR case number typed */
    public void setUnhcrCaseNumber(String unhcrCaseNumber) {
        this.unhcrCaseNumber = unhcrCaseNumber;
    }

    /** @return the first day of supervision chosen */
    public LocalDate getSupervisedFrom() {
        return supervisedFrom;
    }

    /** @param supervisedFrom the first day of supervision chosen */
    public void setSupervisedFrom(LocalDate supervisedFrom) {
        this.supervisedFrom = supervisedFrom;
    }

    /** @return the id of the person corrected, or null when registering */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }
}

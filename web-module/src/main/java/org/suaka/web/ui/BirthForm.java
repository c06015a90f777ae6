package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterBirth;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.api.Sex;

/**
 * The form on a person's family tab that registers a child born to the family; the child's own page is
 * shown once registered.
 */
@Named("birthForm")
@ViewScoped
public class BirthForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "birth";

    @Inject
    transient FamilyService families;

    private String givenName;
    private String familyName;
    private Sex sex;
    private LocalDate dateOfBirth;
    private String placeOfBirth;
    private Relationship relationship = Relationship.CHILD;

    /**
     * @param familyId the family the child is born to
     * @return the child's page, or null to stay with the messages shown
     */
    public String register(UUID familyId) {
        return FormFailures.submit(FORM, () -> {
            PersonView child = families.registerBirth(familyId,
                    new RegisterBirth(givenName, familyName, sex, dateOfBirth, placeOfBirth, relationship));
            Messages.info(Messages.text("birth.registered"));
            return PersonTab.FAMILY.outcome(child.id().toString());
        });
    }

    /** @return the relationships a newborn may have to the head */
    public List<Relationship> getRelationships() {
        return List.of(Relationship.CHILD, Relationship.GRANDCHILD, Relationship.SIBLING, Relationship.OTHER_RELATIVE);
    }

    /** @return the sexes to choose from */
    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    /** @return the child's given name */
    public String getGivenName() {
        return givenName;
    }

    /** @param givenName the child's given name */
    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    /** @return the child's family name */
    public String getFamilyName() {
        return familyName;
    }

    /** @param familyName the child's family name */
    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    /** @return the child's sex */
    public Sex getSex() {
        return sex;
    }

    /** @param sex the child's sex */
    public void setSex(Sex sex) {
        this.sex = sex;
    }

    /** @return the day of birth */
    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    /** @param dateOfBirth the day of birth */
    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** @return where the child was born */
    public String getPlaceOfBirth() {
        return placeOfBirth;
    }

    /** @param placeOfBirth where the child was born */
    public void setPlaceOfBirth(String placeOfBirth) {
        this.placeOfBirth = placeOfBirth;
    }

    /** @return the child's relationship to the head */
    public Relationship getRelationship() {
        return relationship;
    }

    /** @param relationship the child's relationship to the head */
    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;

/**
 * The registration form. The registry validates the command (Bean Validation on its api); each
 * violation is shown beside the field it concerns.
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

    /**
     * @return the new person's page, or null to stay on the form with the messages shown
     */
    public String register() {
        try {
            PersonView person = persons.register(new RegisterPerson(givenName, familyName, sex, dateOfBirth,
                    nationality,
                    unhcrNumber, unhcrCaseNumber, supervisedFrom));
            Messages.info(Messages.text("person.registered", person.fullName()));
            return "/app/person.xhtml?faces-redirect=true&id=" + person.id();
        } catch (RuntimeException e) {
            showBeside(e);
            return null;
        }
    }

    private void showBeside(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                Messages.besideFields(FORM, violations);
                return;
            }
            if (t instanceof InvalidFieldException invalid) {
                Messages.error(FORM + ":" + invalid.field(), invalid.getMessage());
                return;
            }
            if (t instanceof BusinessRuleException rule) {
                Messages.error(null, rule.getMessage());
                return;
            }
            if (t instanceof AccessDeniedException) {
                Messages.error(null, Messages.text("common.forbidden"));
                return;
            }
        }
        throw failure;
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
}

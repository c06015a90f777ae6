package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.CardService;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IssueCard;
import org.suaka.registry.api.PersonId;

/**
 * The form on a person's page that issues their special refugee ID card: the day of issue (today when left
 * empty) and the last day of validity (the configured validity when left empty).
 */
@Named("cardForm")
@ViewScoped
public class CardForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cardIssue";

    @Inject
    transient CardService cards;

    private String personId;
    private LocalDate issuedOn;
    private LocalDate validUntil;

    /**
     * @return the person's page again, or null to stay with the messages shown
     */
    public String issue() {
        return FormFailures.submit(FORM, () -> {
            IdCardView card = cards.issue(PersonId.parse(personId).orElseThrow(), new IssueCard(issuedOn, validUntil));
            Messages.info(Messages.text("card.issued", card.number()));
            return PersonTab.CARDS.outcome(personId);
        });
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the day of issue typed, or null for today */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    /** @param issuedOn the day of issue typed */
    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    /** @return the last day of validity typed, or null for the configured validity */
    public LocalDate getValidUntil() {
        return validUntil;
    }

    /** @param validUntil the last day of validity typed */
    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}

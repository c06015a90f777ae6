package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.UpdateConsent;

/**
 * The page that corrects what was recorded wrongly about a consent ({@code ?person=&id=}). A consent
 * given again is recorded anew, not corrected.
 */
@Named("consentForm")
@ViewScoped
public class ConsentFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "consent";

    @Inject
    PersonService persons;

    private String person;
    private String id;
    private Long version;
    private String topic;
    private LocalDate givenOn;
    private String language;
    private String interpreter;

    /** Fills the form from the consent named by the view parameters. */
    public void load() {
        ConsentView consent = PersonId.parse(person).flatMap(personId -> persons.consentsOf(personId).stream()
                .filter(c -> c.id().toString().equals(id)).findFirst()).orElse(null);
        if (consent == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        topic = consent.topic();
        givenOn = consent.givenOn();
        language = consent.language();
        interpreter = consent.interpreter();
        version = consent.version();
    }

    /** @return whether a consent was found to correct */
    public boolean isEditing() {
        return version != null;
    }

    /** @return the person's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            persons.correctConsent(PersonId.parse(person).orElseThrow(), ConsentId.parse(id).orElseThrow(),
                    new UpdateConsent(topic, givenOn, language, interpreter == null ? "" : interpreter, version));
            Messages.info(Messages.text("consent.corrected"));
            return PersonTab.CONSENTS.outcome(person);
        });
    }

    /** @return the person's id */
    public String getPerson() {
        return person;
    }

    /** @param person the person's id */
    public void setPerson(String person) {
        this.person = person;
    }

    /** @return the consent's id */
    public String getId() {
        return id;
    }

    /** @param id the consent's id */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the topic typed */
    public String getTopic() {
        return topic;
    }

    /** @param topic the topic typed */
    public void setTopic(String topic) {
        this.topic = topic;
    }

    /** @return the day typed */
    public LocalDate getGivenOn() {
        return givenOn;
    }

    /** @param givenOn the day typed */
    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    /** @return the language tag typed */
    public String getLanguage() {
        return language;
    }

    /** @param language the language tag typed */
    public void setLanguage(String language) {
        this.language = language;
    }

    /** @return the interpreter's name typed */
    public String getInterpreter() {
        return interpreter;
    }

    /** @param interpreter the interpreter's name typed */
    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter;
    }
}

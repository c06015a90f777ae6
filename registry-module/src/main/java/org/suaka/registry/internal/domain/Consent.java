package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RecordConsent;

/**
 * A consent a person gave, kept as given.
 */
@Entity
@Table(name = "REG_CONSENT")
public class Consent extends RecordEntity {

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Column(name = "TOPIC", nullable = false, length = 300)
    private String topic;

    @Column(name = "GIVEN_ON", nullable = false)
    private LocalDate givenOn;

    @Column(name = "LANGUAGE", nullable = false, length = 20)
    private String language;

    @Column(name = "INTERPRETER", length = 150)
    private String interpreter;

    protected Consent() {
        // for JPA
    }

    /**
     * @param personId whose consent
     * @param command the consent as given, validated
     */
    public Consent(PersonId personId, RecordConsent command) {
        super(UUID.randomUUID());
        this.personId = personId.toString();
        this.topic = command.topic().strip();
        this.givenOn = command.givenOn();
        this.language = command.language();
        this.interpreter = command.interpreter() == null || command.interpreter().isBlank() ? null
                : command.interpreter().strip();
    }

    /** @return this consent as the API shows it */
    public ConsentView toView() {
        return new ConsentView(PersonId.parse(personId).orElseThrow(), topic, givenOn, language, interpreter);
    }
}

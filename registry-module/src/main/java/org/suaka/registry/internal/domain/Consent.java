package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RecordConsent;
import org.suaka.registry.api.UpdateConsent;
import org.suaka.registry.internal.persistence.PersonIdConverter;

/**
 * A consent a person gave, kept as given.
 */
@Entity
@Table(name = "REG_CONSENT")
public class Consent extends RecordEntity {

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    @Convert(converter = PersonIdConverter.class)
    private PersonId personId;

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
        this.personId = personId;
        this.topic = command.topic().strip();
        this.givenOn = command.givenOn();
        this.language = command.language();
        this.interpreter = command.interpreter() == null || command.interpreter().isBlank() ? null
                : command.interpreter().strip();
    }

    /**
     * Applies a correction: what was recorded wrongly, not a new consent.
     *
     * @param command the validated correction
     * @throws org.suaka.platform.api.StaleVersionException when the caller read an older version
     */
    public void correct(UpdateConsent command) {
        requireVersion(command.version());
        if (command.topic() != null) {
            this.topic = command.topic().strip();
        }
        if (command.givenOn() != null) {
            this.givenOn = command.givenOn();
        }
        if (command.language() != null) {
            this.language = command.language();
        }
        if (command.interpreter() != null) {
            this.interpreter = command.interpreter().isBlank() ? null : command.interpreter().strip();
        }
    }

    /**
     * @param id a person
     * @return whether this is that person's consent
     */
    public boolean isOf(PersonId id) {
        return personId.equals(id);
    }

    /** @return this consent as the API shows it */
    public ConsentView toView() {
        return new ConsentView(new ConsentId(uuid()), personId, topic, givenOn, language,
                interpreter, version());
    }
}

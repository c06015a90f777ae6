package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.CardCheck;
import org.suaka.registry.api.CardState;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.PersonId;

/**
 * A special refugee ID card ({@code REG_ID_CARD}): its number is unique across offices, and a card is never
 * deleted, only revoked, so that a number once printed can always be checked.
 */
@Entity
@Table(name = "REG_ID_CARD")
public class IdCard extends RecordEntity {

    /** Why a card was revoked: a new card replaced it. */
    public static final String REISSUED = "REISSUED";

    /** Why a card was revoked: its holder departed from supervision. */
    public static final String DEPARTED = "DEPARTED";

    /** Why a card of a duplicate record was revoked when it was merged into a record with its own card. */
    public static final String MERGED = "MERGED";

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "OFFICE_NAME", nullable = false, length = 150)
    private String officeName;

    @Column(name = "CARD_NUMBER", nullable = false, length = 40)
    private String number;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "VALID_UNTIL", nullable = false)
    private LocalDate validUntil;

    @Column(name = "REVOKED_ON")
    private LocalDate revokedOn;

    @Column(name = "REVOCATION", length = 20)
    private String revocation;

    protected IdCard() {
        // for JPA
    }

    /**
     * @param personId the holder
     * @param office the issuing office
     * @param officeName its name, as the card prints it
     * @param number the card's number
     * @param issuedOn the day of issue
     * @param validUntil the last day of validity, not before the day of issue
     */
    public IdCard(PersonId personId, OfficeId office, String officeName, String number, LocalDate issuedOn,
            LocalDate validUntil) {
        super(UUID.randomUUID());
        this.personId = personId.toString();
        this.office = Objects.requireNonNull(office);
        this.officeName = Objects.requireNonNull(officeName);
        this.number = Objects.requireNonNull(number);
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.validUntil = Objects.requireNonNull(validUntil);
    }

    /**
     * @param day the day of revocation
     * @param why {@link #REISSUED}, {@link #DEPARTED} or {@link #MERGED}
     */
    public void revoke(LocalDate day, String why) {
        if (revokedOn == null) {
            this.revokedOn = day;
            this.revocation = why;
        }
    }

    /**
     * @param today the office's today
     * @return the card's state that day
     */
    public CardState stateOn(LocalDate today) {
        if (revokedOn != null && !revokedOn.isAfter(today)) {
            return CardState.REVOKED;
        }
        return today.isAfter(validUntil) ? CardState.EXPIRED : CardState.VALID;
    }

    /**
     * @param today the office's today
     * @return this card as the API shows it
     */
    public IdCardView toView(LocalDate today) {
        return new IdCardView(uuid(), PersonId.parse(personId).orElseThrow(), number, issuedOn, validUntil, revokedOn,
                revocation, stateOn(today));
    }

    /**
     * @param today the office's today
     * @return what a check of the card's number tells
     */
    public CardCheck toCheck(LocalDate today) {
        return new CardCheck(number, stateOn(today), issuedOn, validUntil, revokedOn, officeName);
    }
}

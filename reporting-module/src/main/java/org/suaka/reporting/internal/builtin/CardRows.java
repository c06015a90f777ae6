package org.suaka.reporting.internal.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.Countries;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.CardState;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportBundles;

/**
 * One row of the ID card template per card: the holder's valid card with their name, sex, date of birth,
 * nationality and photo, for one person ({@link IdCardDataset}) or a whole shelter ({@link IdCardBatchDataset}).
 */
@ApplicationScoped
public class CardRows {

    /** The fields of a card row; {@code PHOTO} is absent without a photo. */
    static final List<DatasetField> FIELDS = List.of(DatasetField.text("CARD_NUMBER", "the card's number"),
            DatasetField.text("ISSUED_ON", "the day of issue, written out"),
            DatasetField.text("VALID_UNTIL", "the last day of validity, written out"),
            DatasetField.text("HOLDER_NAME", "the holder's full name"),
            DatasetField.text("HOLDER_SEX", "the holder's sex"),
            DatasetField.text("HOLDER_BORN", "the holder's date of birth, written out"),
            DatasetField.text("HOLDER_NATIONALITY", "the holder's nationality"),
            new DatasetField("PHOTO", byte[].class.getName(), "the holder's photo, absent without one"));

    private CardService cards;
    private ProfileService profiles;

    protected CardRows() {
        // for CDI
    }

    /**
     * @param cards the persons' ID cards
     * @param profiles their photos
     */
    @Inject
    public CardRows(CardService cards, ProfileService profiles) {
        this.cards = cards;
        this.profiles = profiles;
    }

    /**
     * @param person a person
     * @param locale the card's language
     * @return the row of the person's valid card, or empty when they hold none
     */
    Optional<Map<String, Object>> rowOf(PersonView person, Locale locale) {
        return cards.cardsOf(person.id()).stream().filter(c -> c.state() == CardState.VALID).findFirst()
                .map(card -> row(person, card, locale));
    }

    private Map<String, Object> row(PersonView person, IdCardView card, Locale locale) {
        ResourceBundle labels = ReportBundles.load(IdCardReport.class, IdCardReport.BUNDLE, locale);
        Map<String, Object> row = new HashMap<>();
        row.put("CARD_NUMBER", card.number());
        row.put("ISSUED_ON", DocumentDates.longDate(card.issuedOn(), locale));
        row.put("VALID_UNTIL", DocumentDates.longDate(card.validUntil(), locale));
        row.put("HOLDER_NAME", person.fullName());
        row.put("HOLDER_SEX", labels.getString("sex." + person.sex()));
        row.put("HOLDER_BORN", DocumentDates.longDate(person.dateOfBirth(), locale));
        row.put("HOLDER_NATIONALITY", Countries.name(person.nationality(), locale));
        if (profiles.hasPhoto(person.id())) {
            row.put("PHOTO", profiles.photoOf(person.id()).content());
        }
        return row;
    }
}

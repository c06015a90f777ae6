package org.suaka.reporting.internal.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Countries;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.CardState;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The card of one person: their valid card's number and dates, their name, sex, date of birth and
 * nationality, and their photo, all as parameters (the card has no rows). A person without a valid card
 * has nothing to print.
 */
@ApplicationScoped
public class IdCardDataset implements ReportDataset {

    private PersonService persons;
    private CardService cards;
    private ProfileService profiles;

    protected IdCardDataset() {
        // for CDI
    }

    /**
     * @param persons the registry's persons
     * @param cards their ID cards
     * @param profiles their photos
     */
    @Inject
    public IdCardDataset(PersonService persons, CardService cards, ProfileService profiles) {
        this.persons = persons;
        this.cards = cards;
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return IdCardReport.ID;
    }

    @Override
    public String description() {
        return "One person's valid special refugee ID card, as parameters: no rows";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(IdCardReport.PERSON, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("CARD_NUMBER, ISSUED_ON, VALID_UNTIL, HOLDER_NAME, HOLDER_SEX, HOLDER_BORN, HOLDER_NATIONALITY"
                + " (String)", "PHOTO (byte[], absent without a photo)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        PersonId id = new PersonId(arguments.recordId(IdCardReport.PERSON));
        PersonView person = persons.get(id);
        IdCardView card = cards.cardsOf(id).stream().filter(c -> c.state() == CardState.VALID).findFirst()
                .orElseThrow(() -> new BusinessRuleException("no-valid-card", person.fullName()
                        + " holds no valid card: issue one first"));
        Locale locale = context.locale();
        var labels = ReportBundles.load(IdCardReport.class, IdCardReport.BUNDLE, locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CARD_NUMBER", card.number());
        parameters.put("ISSUED_ON", DocumentDates.longDate(card.issuedOn(), locale));
        parameters.put("VALID_UNTIL", DocumentDates.longDate(card.validUntil(), locale));
        parameters.put("HOLDER_NAME", person.fullName());
        parameters.put("HOLDER_SEX", labels.getString("sex." + person.sex()));
        parameters.put("HOLDER_BORN", DocumentDates.longDate(person.dateOfBirth(), locale));
        parameters.put("HOLDER_NATIONALITY", Countries.name(person.nationality(), locale));
        if (profiles.hasPhoto(id)) {
            parameters.put("PHOTO", profiles.photoOf(id).content());
        }
        return new ReportData(parameters, List.of());
    }
}

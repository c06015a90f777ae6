package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.CardCheck;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IssueCard;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.internal.domain.CardNumberPattern;
import org.suaka.registry.internal.domain.IdCard;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonRules;
import org.suaka.registry.internal.persistence.CardRepository;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Issues the special refugee ID cards, numbered per office and year from the configured pattern, and checks
 * them by number for anyone signed in. A new card revokes the holder's earlier ones; a departure revokes
 * them all ({@link CardsOnDeparture}).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultCardService implements CardService {

    private CardRepository cards;
    private PersonRepository persons;
    private Clock clock;
    private OfficeScope offices;
    private OfficeService directory;
    private CardNumberPattern pattern;
    private int validityMonths;

    private Validator validator;

    public DefaultCardService() {
        // for CDI
    }

    /**
     * @param cards where cards are kept
     * @param persons where persons are kept
     * @param clock the clock that says what day it is
     * @param offices the offices the caller reads and writes for
     * @param directory the offices there are, for the issuer's code and name
     * @param pattern the card number pattern, {@code suaka.card.number-pattern}
     * @param validityMonths how long a card is valid when the issuer does not say, {@code suaka.card.validity-months}
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultCardService(CardRepository cards, PersonRepository persons, Clock clock, OfficeScope offices,
            OfficeService directory,
            @ConfigProperty(name = "suaka.card.number-pattern", defaultValue = CardNumberPattern.DEFAULT) String pattern,
            @ConfigProperty(name = "suaka.card.validity-months", defaultValue = "12") int validityMonths,
            Validator validator) {
        this.validator = validator;
        this.cards = cards;
        this.persons = persons;
        this.clock = clock;
        this.offices = offices;
        this.directory = directory;
        this.pattern = new CardNumberPattern(pattern);
        this.validityMonths = validityMonths;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public IdCardView issue(PersonId personId, IssueCard command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Person person = persons.findForUpdate(personId).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new PersonNotFoundException(personId));
        person.requireUnderSupervision();
        LocalDate today = LocalDate.now(clock);
        LocalDate issuedOn = command.issuedOn() == null ? today : command.issuedOn();
        PersonRules.requireDay("issuedOn", issuedOn, today);
        if (issuedOn.isBefore(person.supervisedFrom())) {
            throw new InvalidFieldException("issuedOn", "The person came under supervision on " + person.supervisedFrom()
                    + ": a card cannot be issued before");
        }
        LocalDate validUntil = command.validUntil() == null
                ? issuedOn.plusMonths(validityMonths).minusDays(1) : command.validUntil();
        if (validUntil.isBefore(issuedOn)) {
            throw new InvalidFieldException("validUntil", "A card cannot expire (" + validUntil
                    + ") before it is issued (" + issuedOn + ")");
        }
        if (validUntil.isAfter(issuedOn.plusYears(10))) {
            throw new InvalidFieldException("validUntil", "A card is valid for ten years at most");
        }
        cards.unrevokedOf(personId).forEach(earlier -> earlier.revoke(issuedOn, IdCard.REISSUED));
        OfficeView issuer = directory.find(mine).orElseThrow();
        String number = pattern.format(issuer.code(), issuedOn.getYear(), cards.nextNumber(mine, issuedOn.getYear()));
        IdCard card = new IdCard(personId, mine, issuer.name(), number, issuedOn, validUntil);
        cards.add(card);
        return card.toView(today);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IdCardView> cardsOf(PersonId personId) {
        persons.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        LocalDate today = LocalDate.now(clock);
        return cards.cardsOf(personId).stream().map(card -> card.toView(today)).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CardCheck> check(String number) {
        LocalDate today = LocalDate.now(clock);
        return cards.findByNumber(number.strip()).map(card -> card.toCheck(today));
    }
}

package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.CardState;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IssueCard;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.internal.persistence.CardRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

class DefaultCardServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private DefaultCardService cards(EntityManager em) {
        return new DefaultCardService(new CardRepository(em), new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                CLOCK, TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), "KIK-{office}-{year}-{seq5}", 12,
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());
    }

    private PersonView register() {
        return db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                CLOCK, AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em)).register(new RegisterPerson("Ina", "Bo'i",
                        Sex.FEMALE, LocalDate.of(1992, 5, 5), "AFG", null, null, LocalDate.of(2023, 1, 9)), true));
    }

    private IdCardView issue(PersonView person, IssueCard command) {
        return db.inTransaction(em -> cards(em).issue(person.id(), command));
    }

    @Test
    void cardsAreNumberedPerOfficeAndYearAndANewCardRevokesTheLastOne() {
        PersonView zahra = register();
        PersonView other = register();

        IdCardView first = issue(zahra, new IssueCard(LocalDate.of(2024, 1, 15), null));
        IdCardView second = issue(other, new IssueCard(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 8, 31)));
        IdCardView reissued = issue(zahra, new IssueCard(null, null));

        assertEquals("KIK-KPG-2024-00001", first.number());
        assertEquals(LocalDate.of(2025, 1, 14), first.validUntil(), "twelve months less a day");
        assertEquals("KIK-KPG-2024-00003", reissued.number());
        assertEquals(LocalDate.of(2024, 9, 11), reissued.issuedOn());
        List<IdCardView> hers = db.inTransaction(em -> cards(em).cardsOf(zahra.id()));
        assertEquals(List.of(CardState.VALID, CardState.REVOKED), hers.stream().map(IdCardView::state).toList());
        assertEquals("REISSUED", hers.get(1).revocation());
        assertEquals(CardState.REVOKED, db.inTransaction(em -> cards(em).check(first.number())).orElseThrow().state());
        assertEquals(CardState.EXPIRED, db.inTransaction(em -> cards(em).check(" " + second.number())).orElseThrow().state());
        assertEquals("Rumah Detensi Imigrasi Kupang", db.inTransaction(em -> cards(em).check(reissued.number()))
                .orElseThrow().office());
        assertTrue(db.inTransaction(em -> cards(em).check("KIK-KPG-2024-99999")).isEmpty());
    }

    @Test
    void aCardThatExpiresBeforeItIsIssuedOrPrecedesSupervisionIsRefusedAndNumbersNothing() {
        PersonView person = register();

        assertEquals("validUntil", assertThrows(InvalidFieldException.class, () -> issue(person,
                new IssueCard(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 31)))).field());
        assertEquals("issuedOn", assertThrows(InvalidFieldException.class, () -> issue(person,
                new IssueCard(LocalDate.of(2022, 12, 31), null))).field());
        assertEquals("issuedOn", assertThrows(InvalidFieldException.class, () -> issue(person,
                new IssueCard(LocalDate.of(2024, 9, 12), null))).field());

        assertEquals("KIK-KPG-2024-00001", issue(person, new IssueCard(null, null)).number());
    }

    @Test
    void aDepartureRevokesTheCardsFromTheNextDayAndNoneIsIssuedAfter() {
        PersonView person = register();
        IdCardView card = issue(person, new IssueCard(LocalDate.of(2024, 3, 1), null));

        db.run(em -> new CardsOnDeparture(new CardRepository(em)).revokeCards(
                new PersonDeparted(person.id(), LocalDate.of(2024, 9, 10), StatusReason.RESETTLED)));
        db.run(em -> new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), CLOCK,
                AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em)).changeStatus(person.id(), new ChangeStatus(
                        SupervisionStatus.DEPARTED, LocalDate.of(2024, 9, 10), StatusReason.RESETTLED, "USA", null,
                        person.version())));

        IdCardView revoked = db.inTransaction(em -> cards(em).cardsOf(person.id())).get(0);
        assertEquals(LocalDate.of(2024, 9, 11), revoked.revokedOn());
        assertEquals(CardState.REVOKED, revoked.state());
        assertEquals("DEPARTED", revoked.revocation());
        assertEquals(card.number(), revoked.number());
        assertEquals("supervision-ended", assertThrows(BusinessRuleException.class,
                () -> issue(person, new IssueCard(null, null))).rule());
    }
}

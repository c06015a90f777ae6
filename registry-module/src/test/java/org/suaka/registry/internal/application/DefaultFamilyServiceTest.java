package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.FamilyMemberView;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterBirth;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.persistence.FamilyRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.FigureQuery;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

class DefaultFamilyServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private DefaultFamilyService families(EntityManager em) {
        return new DefaultFamilyService(new FamilyRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), TwoOffices.officerOf(OfficeId.FIRST),
                AccessScope.EVERYTHING, jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(),
                persons(em));
    }

    private static DefaultPersonService persons(EntityManager em) {
        return new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                CLOCK, AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em));
    }

    private PersonView register(String given, Sex sex, LocalDate born) {
        return db.inTransaction(em -> persons(em).register(new RegisterPerson(given, "Noori",
                        sex, born, "AFG", null, null, LocalDate.of(2022, 3, 1)), true));
    }

    private FamilyView join(PersonView person, JoinFamily command) {
        return db.inTransaction(em -> families(em).join(person.id(), command));
    }

    @Test
    void aHeadGathersAFamilyAndAMemberMovesToAnother() {
        PersonView father = register("Hamid", Sex.MALE, LocalDate.of(1980, 1, 1));
        PersonView mother = register("Soraya", Sex.FEMALE, LocalDate.of(1984, 2, 2));
        PersonView son = register("Javid", Sex.MALE, LocalDate.of(2006, 3, 3));
        PersonView uncle = register("Karim", Sex.MALE, LocalDate.of(1975, 4, 4));

        FamilyView family = join(father, new JoinFamily(null, Relationship.HEAD));
        join(mother, new JoinFamily(family.id(), Relationship.SPOUSE));
        FamilyView three = join(son, new JoinFamily(family.id(), Relationship.CHILD));
        FamilyView uncles = join(uncle, new JoinFamily(null, Relationship.HEAD));
        FamilyView moved = join(son, new JoinFamily(uncles.id(), Relationship.OTHER_RELATIVE));

        assertEquals(3, three.size());
        assertEquals("Hamid Noori", three.head().name());
        assertEquals(List.of("Karim Noori", "Javid Noori"), moved.members().stream().map(FamilyMemberView::name).toList());
        assertEquals(Map.of(father.id(), 2, son.id(), 2, uncle.id(), 2), db.inTransaction(em -> families(em)
                .familySizes(List.of(father.id(), son.id(), uncle.id()))));
        assertEquals(2, db.inTransaction(em -> families(em).list(PageRequest.first())).size());
        assertEquals(List.of(new org.suaka.platform.api.Tally("FAMILIES", 2), new org.suaka.platform.api.Tally("IN_FAMILIES", 4),
                new org.suaka.platform.api.Tally("SINGLE", 0)), db.inTransaction(em -> new DefaultSupervisionStatistics(
                        new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST))).familiesAndSingles(LocalDate.of(2024, 9, 1))));
    }

    @Test
    void aHeadWithMembersCannotLeaveAndASecondHeadIsRefused() {
        PersonView father = register("Hamid", Sex.MALE, LocalDate.of(1980, 1, 1));
        PersonView mother = register("Soraya", Sex.FEMALE, LocalDate.of(1984, 2, 2));
        FamilyView family = join(father, new JoinFamily(null, Relationship.HEAD));
        join(mother, new JoinFamily(family.id(), Relationship.SPOUSE));

        assertEquals("head-has-members", assertThrows(BusinessRuleException.class,
                () -> join(father, new JoinFamily(null, Relationship.HEAD))).rule());
        assertEquals("relationship", assertThrows(InvalidFieldException.class,
                () -> join(mother, new JoinFamily(family.id(), Relationship.HEAD))).field());
        assertEquals("relationship", assertThrows(InvalidFieldException.class,
                () -> join(mother, new JoinFamily(null, Relationship.CHILD))).field());

        FamilyView alone = join(mother, new JoinFamily(null, Relationship.HEAD));
        assertEquals(1, alone.size());
        assertTrue(db.inTransaction(em -> families(em).familyOf(father.id())).orElseThrow().size() == 1);
    }

    @Test
    void aChildBornToAFamilyIsRegisteredInItUnderSupervisionFromBirth() {
        PersonView mother = register("Fereshta", Sex.FEMALE, LocalDate.of(1994, 6, 1));
        FamilyView family = db.inTransaction(em -> families(em).join(mother.id(), new JoinFamily(null, Relationship.HEAD)));

        PersonView child = db.inTransaction(em -> families(em).registerBirth(family.id(), new RegisterBirth(
                "Zahra", "Noori", Sex.FEMALE, LocalDate.of(2024, 7, 14), "RSUD Prof. Dr. W. Z. Johannes, Kupang", null)));

        assertEquals(LocalDate.of(2024, 7, 14), child.supervisedFrom());
        assertEquals(db.inTransaction(em -> persons(em).get(child.id())).version(), child.version(),
                "the view returned is the child as stored, so that the next change sends the right version");
        assertEquals("AFG", child.nationality());
        FamilyView grown = db.inTransaction(em -> families(em).find(family.id()).orElseThrow());
        assertEquals(Relationship.CHILD, grown.members().get(1).relationship());
        assertEquals(Long.valueOf(1), db.<Long>inTransaction(em -> new DefaultSupervisionStatistics(
                new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST)))
                .births(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31))));
        assertThrows(InvalidFieldException.class, () -> db.inTransaction(em -> families(em)
                .registerBirth(family.id(), new RegisterBirth("Omid", null, Sex.MALE,
                        LocalDate.of(2024, 8, 1), null, Relationship.HEAD))));
    }
}

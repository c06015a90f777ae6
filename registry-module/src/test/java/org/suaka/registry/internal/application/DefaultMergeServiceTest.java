package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.PersonsMerged;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.Vulnerability;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.registry.internal.persistence.CardRepository;
import org.suaka.registry.internal.persistence.FamilyRepository;
import org.suaka.registry.internal.persistence.MergeRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.FigureQuery;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

class DefaultMergeServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);
    private final RecordedEvents<PersonsMerged> merged = new RecordedEvents<>();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private DefaultMergeService merges(EntityManager em) {
        return new DefaultMergeService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                new FamilyRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), new CardRepository(em),
                new MergeRepository(em), TwoOffices.officerOf(OfficeId.FIRST), AccessScope.EVERYTHING, merged, CLOCK,
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(), new FigureLedger(em));
    }

    private static DefaultPersonService persons(EntityManager em) {
        return new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                CLOCK, AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em));
    }

    private PersonView register(String given, String unhcr, LocalDate from) {
        return db.inTransaction(em -> persons(em).register(new RegisterPerson(given, "Hussaini", Sex.MALE,
                LocalDate.of(1988, 1, 1), "AFG", unhcr, null, from), true));
    }

    @Test
    void theSurvivorTakesTheRecordsAndTheDuplicatesIdLeadsToIt() {
        PersonView survivor = register("Mohammad", null, LocalDate.of(2023, 6, 1));
        PersonView duplicate = register("Muhammad", "386-00123456", LocalDate.of(2022, 2, 2));
        db.inTransaction(em -> persons(em).recordSelfReport(duplicate.id(), new RecordSelfReport(LocalDate.of(2024, 9, 2), null)));
        db.inTransaction(em -> persons(em).recordVulnerabilities(duplicate.id(),
                new VulnerabilityFlags(Set.of(Vulnerability.DISABILITY))));

        PersonView after = db.inTransaction(em -> merges(em).merge(survivor.id(), new MergePersons(duplicate.id(), "foto dicocokkan")));

        assertEquals(survivor.id(), after.id());
        assertEquals("386-00123456", after.unhcrNumber(), "the unique number moved to the survivor");
        assertEquals(LocalDate.of(2022, 2, 2), after.supervisedFrom(), "the earlier first day");
        assertEquals(survivor.id(), db.inTransaction(em -> persons(em).find(duplicate.id())).orElseThrow().id());
        assertEquals(1, db.inTransaction(em -> persons(em).selfReportsOf(survivor.id())).size());
        assertEquals(Set.of(Vulnerability.DISABILITY), db.inTransaction(em -> persons(em).vulnerabilitiesOf(survivor.id())));
        assertEquals(List.of(new PersonsMerged(survivor.id(), duplicate.id(), LocalDate.of(2024, 9, 11))), merged.fired());
        var records = db.inTransaction(em -> merges(em).mergedInto(survivor.id()));
        assertEquals(duplicate.id(), records.get(0).id());
        assertEquals("foto dicocokkan", records.get(0).note());
        assertEquals(Long.valueOf(1), db.<Long>inTransaction(em -> new DefaultSupervisionStatistics(
                new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), new FigureQuery(em, TwoOffices.officerOf(OfficeId.FIRST))).countUnderSupervision(LocalDate.of(2024, 9, 1))),
                "one person counted, from the earlier first day");
    }

    @Test
    void nonsenseMergesAreRefusedAndWriteNothing() {
        PersonView one = register("Mohammad", null, LocalDate.of(2023, 6, 1));
        PersonView other = register("Muhammad", null, LocalDate.of(2023, 6, 1));

        assertThrows(InvalidFieldException.class, () -> db.inTransaction(em -> merges(em).merge(one.id(),
                new MergePersons(one.id(), null))));
        db.inTransaction(em -> persons(em).changeStatus(other.id(), new ChangeStatus(SupervisionStatus.DEPARTED,
                LocalDate.of(2024, 9, 1), StatusReason.ABSCONDED, null, null, other.version())));
        BusinessRuleException ended = assertThrows(BusinessRuleException.class, () -> db.inTransaction(em -> merges(em)
                .merge(one.id(), new MergePersons(other.id(), null))));
        assertEquals("supervision-ended", ended.rule());
        assertTrue(merged.fired().isEmpty());
        assertTrue(db.inTransaction(em -> merges(em).mergedInto(one.id())).isEmpty());
    }
}

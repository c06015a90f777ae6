package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceQuery;
import org.suaka.partner.api.AssistanceStatus;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.partner.api.AssistanceView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.RecordAssistance;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.VoidAssistance;
import org.suaka.partner.internal.persistence.AssistanceRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.api.FamilyMemberView;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterBirth;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.api.Sex;
import org.suaka.registry.testing.RegisteredPersons;

/**
 * Assistance on the real partner schema: a family's cash counted once with its size, the same month refused for
 * another member, a voided record left out of the totals, partner staff reading only their own organisation's.
 */
class DefaultAssistanceServiceTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Caller OFFICER = Callers.user("officer", Roles.OFFICER);
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final RegisteredPersons registry = new RegisteredPersons();
    private final PersonId ahmad = person("Ahmad Shah", "Rahimi", Sex.MALE, 1985);
    private final PersonId zahra = person("Zahra", "Rahimi", Sex.FEMALE, 1990);
    private final PersonId ina = person("Ina", "Bo'i", Sex.FEMALE, 1992);
    private final FamilyView rahimi = new FamilyView(UUID.randomUUID(), List.of(
            new FamilyMemberView(ahmad, "Ahmad Shah Rahimi", Relationship.HEAD),
            new FamilyMemberView(zahra, "Zahra Rahimi", Relationship.SPOUSE)));

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private PersonId person(String given, String family, Sex sex, int born) {
        return registry.register(new RegisterPerson(given, family, sex, LocalDate.of(born, 3, 1), "AFG", null, null,
                LocalDate.of(2024, 1, 1))).id();
    }

    private <T> T as(Caller who, Function<DefaultAssistanceService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultAssistanceService(new AssistanceRepository(em, OfficeScope.SINGLE_OFFICE),
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), registry, new OneFamily(), OfficeScope.SINGLE_OFFICE,
                who, OfficeClocks.kupangAt("2024-10-02T10:00"), VALIDATOR)));
    }

    private OrganisationId partner(String name, String user) {
        return db.inTransaction(em -> {
            DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                    registry, new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
            OrganisationId id = partners.register(new RegisterOrganisation(name, OrganisationType.IOM, "Kupang", null, null,
                    List.of())).id();
            partners.linkUser(user, id);
            return id;
        });
    }

    private AssistanceView cash(PersonId to, OrganisationId from, long amount, Boolean family) {
        return as(OFFICER, s -> s.record(new RecordAssistance(to, from, AssistanceKind.CASH, SEPTEMBER, amount, family,
                "Transfer BRI 0912")));
    }

    @Test
    void aFamilysCashCountsOnceWithItsSize() {
        OrganisationId iom = partner("IOM Kupang", "iom");
        AssistanceView family = cash(ahmad, iom, 2_500_000, true);
        cash(ina, iom, 1_250_000, null);

        assertEquals(2, family.personsCovered());
        assertEquals(rahimi.id(), family.familyId());
        assertEquals("assistance-recorded", assertThrows(BusinessRuleException.class,
                () -> cash(zahra, iom, 1_250_000, false)).rule(), "Zahra's family had September's cash already");
        List<AssistanceTally> totals = as(OFFICER, s -> s.totals(SEPTEMBER, SEPTEMBER));
        assertEquals(List.of(new AssistanceTally(SEPTEMBER, "IOM Kupang", AssistanceKind.CASH, 2, 3, 3_750_000)), totals);
    }

    @Test
    void aVoidedRecordStaysButNoLongerCounts() {
        OrganisationId iom = partner("IOM Kupang", "iom");
        AssistanceView wrong = cash(ina, iom, 12_500_000, null);

        AssistanceView voided = as(OFFICER, s -> s.voidRecord(wrong.id(), new VoidAssistance("salah ketik jumlah", wrong.version())));
        AssistanceView right = cash(ina, iom, 1_250_000, null);

        assertEquals(AssistanceStatus.VOIDED, voided.status());
        assertEquals("assistance-voided", assertThrows(BusinessRuleException.class, () -> as(OFFICER, s -> s.voidRecord(wrong.id(),
                new VoidAssistance("lagi", voided.version())))).rule());
        assertEquals(1_250_000L, as(OFFICER, s -> s.totals(SEPTEMBER, SEPTEMBER)).get(0).amount());
        assertEquals(2, as(OFFICER, s -> s.list(new AssistanceQuery(null, ina, null, null, PageRequest.first()))).total());
        assertEquals(AssistanceStatus.RECORDED, right.status());
    }

    @Test
    void partnerStaffReadOnlyTheirOwnOrganisations() {
        OrganisationId iom = partner("IOM Kupang", "iom");
        OrganisationId church = partner("Gereja Masehi Injili di Timor", "gmit");
        cash(ina, iom, 1_250_000, null);
        as(OFFICER, s -> s.record(new RecordAssistance(ina, church, AssistanceKind.FOOD, SEPTEMBER, null, null, "Sembako")));

        List<AssistanceView> seen = as(Callers.user("iom", Roles.PARTNER), s -> s.list(new AssistanceQuery(church, null, null, null,
                PageRequest.first()))).items();
        assertTrue(seen.stream().allMatch(a -> a.organisationId().equals(iom)), seen.toString());
        assertEquals(1, as(Callers.user("iom", Roles.PARTNER), s -> s.list(new AssistanceQuery(null, null, null, null,
                PageRequest.first()))).total());
    }

    @Test
    void theRefusalsNameTheirField() {
        OrganisationId iom = partner("IOM Kupang", "iom");
        assertEquals("amount", assertThrows(InvalidFieldException.class, () -> as(OFFICER, s -> s.record(new RecordAssistance(ina,
                iom, AssistanceKind.CASH, SEPTEMBER, null, null, null)))).field());
        assertEquals("month", assertThrows(InvalidFieldException.class, () -> as(OFFICER, s -> s.record(new RecordAssistance(ina,
                iom, AssistanceKind.FOOD, YearMonth.of(2024, 11), null, null, null)))).field());
        assertEquals("forFamily", assertThrows(InvalidFieldException.class, () -> cash(ina, iom, 1_000_000, true)).field());
        assertEquals("personId", assertThrows(InvalidFieldException.class, () -> cash(PersonId.random(), iom, 1_000_000, null)).field());
        assertEquals("to", assertThrows(InvalidFieldException.class, () -> as(OFFICER, s -> s.totals(SEPTEMBER,
                YearMonth.of(2024, 8)))).field());
        assertEquals(0, as(OFFICER, s -> s.list(new AssistanceQuery(null, null, null, null, PageRequest.first()))).total());
    }

    /** The registry's families as this test needs them: the Rahimi couple. */
    private final class OneFamily implements FamilyService {

        @Override
        public Optional<FamilyView> familyOf(PersonId personId) {
            return rahimi.members().stream().anyMatch(m -> m.personId().equals(personId)) ? Optional.of(rahimi) : Optional.empty();
        }

        @Override
        public FamilyView join(PersonId personId, JoinFamily command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<FamilyView> find(UUID familyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FamilyView> list(PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<PersonId, Integer> familySizes(Collection<PersonId> personIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PersonView registerBirth(UUID familyId, RegisterBirth birth) {
            throw new UnsupportedOperationException();
        }
    }
}

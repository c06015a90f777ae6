package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.AnswerReferral;
import org.suaka.partner.api.CompleteReferral;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationStatus;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.Refer;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralView;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.ServiceKind;
import org.suaka.partner.api.UpdateOrganisation;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.partner.internal.persistence.ReferralRepository;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.testing.RegisteredPersons;

/**
 * Referrals on the real partner schema: the office refers, the partner's own staff accept and complete, another
 * partner's staff reach nothing, and the refusals.
 */
class DefaultReferralServiceTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Caller OFFICER = Callers.user("officer", Roles.OFFICER);
    private static final Caller IOM_STAFF = Callers.user("iom", Roles.PARTNER);
    private static final Caller CLINIC_STAFF = Callers.user("klinik", Roles.PARTNER);

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final RegisteredPersons registry = new RegisteredPersons();
    private final PersonId ina = registry.register(new RegisterPerson("Ina", "Bo'i", Sex.FEMALE, LocalDate.of(1992, 5, 5),
            "AFG", null, null, LocalDate.of(2024, 1, 1))).id();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T as(Caller who, java.util.function.Function<DefaultReferralService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultReferralService(new ReferralRepository(em, OfficeScope.SINGLE_OFFICE),
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), registry, OfficeScope.SINGLE_OFFICE, who,
                OfficeClocks.kupangAt("2024-09-20T10:00"), VALIDATOR)));
    }

    private OrganisationId partner(String name, OrganisationType type, String user) {
        return db.inTransaction(em -> {
            DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                    registry, new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
            OrganisationId id = partners.register(new RegisterOrganisation(name, type, "Kupang", null, null, List.of())).id();
            partners.linkUser(user, id);
            return id;
        });
    }

    private ReferralView refer(OrganisationId to) {
        return as(OFFICER, s -> s.refer(new Refer(ina, to, ServiceKind.CASH_ASSISTANCE, LocalDate.of(2024, 9, 2),
                "Bantuan tunai bulanan untuk keluarga")));
    }

    @Test
    void thePartnersOwnStaffAcceptAndCompleteIt() {
        OrganisationId iom = partner("IOM Kupang", OrganisationType.IOM, "iom");
        ReferralView referred = refer(iom);
        assertEquals(ReferralStatus.REQUESTED, referred.status());
        assertEquals("officer", referred.requestedBy());

        ReferralView accepted = as(IOM_STAFF, s -> s.accept(referred.id(), new AnswerReferral(null, referred.version())));
        assertEquals(ReferralStatus.ACCEPTED, accepted.status());
        assertEquals("iom", accepted.answeredBy());
        assertEquals(LocalDate.of(2024, 9, 20), accepted.answeredOn());

        ReferralView done = as(IOM_STAFF, s -> s.complete(referred.id(), new CompleteReferral(LocalDate.of(2024, 9, 20),
                "Rp1.250.000 diserahkan", accepted.version())));
        assertEquals(ReferralStatus.COMPLETED, done.status());
        assertEquals("referral-status", assertThrows(BusinessRuleException.class, () -> as(OFFICER, s -> s.cancel(referred.id(),
                new AnswerReferral("tidak jadi", done.version())))).rule(), "a completed referral stays completed");
        assertEquals(1, as(IOM_STAFF, s -> s.list(new ReferralQuery(null, null, null, null, null, PageRequest.first()))).total());
    }

    @Test
    void anotherPartnersStaffReachNothing() {
        OrganisationId iom = partner("IOM Kupang", OrganisationType.IOM, "iom");
        partner("Klinik Pratama Oesapa", OrganisationType.OTHER, "klinik");
        ReferralView referred = refer(iom);

        assertEquals(0, as(CLINIC_STAFF, s -> s.list(new ReferralQuery(iom, null, null, null, null, PageRequest.first()))).total());
        assertTrue(as(CLINIC_STAFF, s -> s.find(referred.id())).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> as(CLINIC_STAFF, s -> s.accept(referred.id(),
                new AnswerReferral(null, referred.version()))));
        assertEquals(0, as(Callers.user("stranger", Roles.PARTNER), s -> s.list(new ReferralQuery(null, null, null, null, null,
                PageRequest.first()))).total(), "partner staff linked to no partner see none");
        assertEquals(ReferralStatus.REQUESTED, as(OFFICER, s -> s.find(referred.id())).orElseThrow().status());
    }

    @Test
    void theRefusalsLeaveTheReferralAsItWas() {
        OrganisationId iom = partner("IOM Kupang", OrganisationType.IOM, "iom");
        ReferralView referred = refer(iom);

        assertEquals("note", assertThrows(InvalidFieldException.class, () -> as(IOM_STAFF, s -> s.reject(referred.id(),
                new AnswerReferral(" ", referred.version())))).field(), "a rejection says why");
        assertEquals("referral-status", assertThrows(BusinessRuleException.class, () -> as(IOM_STAFF, s -> s.complete(
                referred.id(), new CompleteReferral(LocalDate.of(2024, 9, 10), "x", referred.version())))).rule(),
                "not accepted yet");
        assertEquals("requestedOn", assertThrows(InvalidFieldException.class, () -> as(OFFICER, s -> s.refer(new Refer(ina, iom,
                ServiceKind.MEDICAL, LocalDate.of(2024, 9, 21), "x")))).field());
        assertEquals("personId", assertThrows(InvalidFieldException.class, () -> as(OFFICER, s -> s.refer(new Refer(
                PersonId.random(), iom, ServiceKind.MEDICAL, LocalDate.of(2024, 9, 2), "x")))).field());
        ReferralView rejected = as(IOM_STAFF, s -> s.reject(referred.id(), new AnswerReferral("Kuota bulan ini penuh",
                referred.version())));
        assertEquals(ReferralStatus.REJECTED, rejected.status());
        assertEquals("Kuota bulan ini penuh", rejected.answerNote());
        assertEquals(1, as(OFFICER, s -> s.list(new ReferralQuery(null, ina, null, null, null, PageRequest.first()))).total());
    }

    @Test
    void nothingIsReferredToAnOrganisationNoLongerAPartner() {
        OrganisationId clinic = partner("Klinik Pratama Oesapa", OrganisationType.HEALTH_FACILITY, "klinik");
        db.run(em -> {
            DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                    registry, new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
            long version = partners.getOrganisation(clinic).version();
            partners.updateOrganisation(clinic, new UpdateOrganisation(null, null, null, null, null, false,
                    OrganisationStatus.INACTIVE, null, version));
        });

        assertEquals("organisation-inactive", assertThrows(BusinessRuleException.class, () -> refer(clinic)).rule());
        assertEquals(0, as(OFFICER, s -> s.list(new ReferralQuery(clinic, null, null, null, null, PageRequest.first()))).total());
    }
}

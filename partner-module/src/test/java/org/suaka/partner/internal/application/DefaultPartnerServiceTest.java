package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.Contact;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationStatus;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.UpdateOrganisation;
import org.suaka.partner.api.UpdateVisit;
import org.suaka.partner.api.VisitKind;
import org.suaka.partner.api.VisitView;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.testing.RegisteredPersons;

class DefaultPartnerServiceTest {

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final RegisteredPersons registry = new RegisteredPersons();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T withService(java.util.function.Function<DefaultPartnerService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), registry, new AuditedChanges(),
                OfficeScope.SINGLE_OFFICE)));
    }

    private OrganisationId iomKupang() {
        return withService(s -> s.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM, "Kupang", null, null,
                List.of(new Contact("Herman Rabu", "Plt. Kepala", null, null, null, null),
                        new Contact("Stefani Mutarti", "Staf", "stefani@example.org", "+62 380 123456", null, null))))).id();
    }

    private static RecordVisit visit(OrganisationId org, List<PersonId> persons) {
        return new RecordVisit(org, LocalDate.of(2024, 9, 11), "Ruang Kepala Rumah Detensi Imigrasi Kupang",
                "Koordinasi perkembangan pengungsi luar negeri", "Rudenim terbuka untuk setiap kunjungan mitra.",
                List.of(new Attendee("Ma'mum", "Kepala Rumah Detensi Imigrasi Kupang", "Rudenim Kupang"),
                        new Attendee("Herman Rabu", "Plt. Kepala", "IOM Kupang")), persons, null, null, null, null);
    }

    @Test
    void recordsAVisitWithItsAttendeesAndDiscussedPersons() {
        OrganisationId iom = iomKupang();
        PersonId hakim = registry.register(new RegisterPerson("Abdul Hakim", "Noori", Sex.MALE,
                LocalDate.of(1979, 8, 8), "AFG", null, null, null)).id();

        VisitView recorded = withService(s -> s.recordVisit(visit(iom, List.of(hakim))));
        VisitView read = withService(s -> s.getVisit(recorded.id()));

        assertEquals("IOM Kupang", read.organisationName());
        assertEquals(List.of("Ma'mum", "Herman Rabu"), read.attendees().stream().map(Attendee::name).toList());
        assertEquals(List.of(hakim), read.personIds());
        assertEquals(2, withService(s -> s.getOrganisation(iom)).contacts().size());
        assertEquals(List.of(recorded.id()), withService(s -> s.visits(iom)).stream().map(VisitView::id).toList());
        assertEquals(List.of(recorded.id()), withService(s -> s.visitsAbout(hakim)).stream().map(VisitView::id).toList());
    }

    @Test
    void refusesAVisitAboutAPersonTheRegistryDoesNotKnow() {
        OrganisationId iom = iomKupang();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> withService(s -> s.recordVisit(visit(iom, List.of(PersonId.random())))));

        assertEquals("personIds", e.field());
    }

    @Test
    void refusesAVisitOfAnUnknownOrganisation() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> withService(s -> s.recordVisit(visit(OrganisationId.random(), List.of()))));

        assertEquals("organisationId", e.field());
    }

    @Test
    void aPartnersScopeIsTheGrantsValidOnTheDayAndNeverEnforcementData() {
        OrganisationId iom = iomKupang();
        withService(s -> {
            s.grant(iom, DataCategory.IDENTITY, LocalDate.of(2024, 1, 1), null);
            s.grant(iom, DataCategory.SHELTER, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
            s.linkUser("iom", iom);
            return null;
        });

        assertEquals(java.util.Set.of(DataCategory.IDENTITY, DataCategory.SHELTER),
                withService(s -> s.grantsOn(iom, LocalDate.of(2024, 3, 1))));
        assertEquals(java.util.Set.of(DataCategory.IDENTITY), withService(s -> s.grantsOn(iom, LocalDate.of(2024, 9, 11))));
        assertEquals(java.util.Set.of(DataCategory.IDENTITY), db.inTransaction(em ->
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE).grantsOfUser("iom", LocalDate.of(2024, 9, 11))));
        assertEquals(java.util.Set.of(), db.inTransaction(em ->
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE).grantsOfUser("stranger", LocalDate.of(2024, 9, 11))));
        assertEquals("enforcement-data-not-shared", assertThrows(BusinessRuleException.class, () -> withService(s -> {
            s.grant(iom, DataCategory.INCIDENT, LocalDate.of(2024, 1, 1), null);
            return null;
        })).rule());
    }

    @Test
    void refusesADuplicateOrganisationName() {
        iomKupang();

        BusinessRuleException e = assertThrows(BusinessRuleException.class, this::iomKupang);

        assertEquals("organisation-name-taken", e.rule());
    }

    @Test
    void aCorrectionOfTheContactsAloneGivesANewVersionAndAStaleOneIsRefused() {
        OrganisationId iom = iomKupang();
        OrganisationView read = withService(s -> s.getOrganisation(iom));

        OrganisationView corrected = withService(s -> s.updateOrganisation(iom, new UpdateOrganisation(null, null, "", null, null, false, null,
                List.of(new Contact("Stefani Mutarti", "Plt. Kepala", "stefani@example.org", null, null, null)), read.version())));

        assertEquals(List.of("Stefani Mutarti"), corrected.contacts().stream().map(Contact::name).toList());
        assertEquals("IOM Kupang", corrected.name());
        assertEquals(null, corrected.city());
        assertTrue(corrected.version() > read.version());
        assertThrows(StaleVersionException.class, () -> withService(s -> s.updateOrganisation(iom,
                new UpdateOrganisation("IOM Kupang Baru", null, null, null, null, false, null, null, read.version()))));
    }

    @Test
    void aVisitCorrectionMayNotNameAPersonTheRegistryDoesNotKnow() {
        VisitView visit = withService(s -> s.recordVisit(visit(iomKupang(), List.of())));

        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> withService(s -> s.updateVisit(
                visit.id(), new UpdateVisit(null, null, null, null, null, List.of(PersonId.random()), null, null, null, null,
                visit.version()))));
        assertEquals("personIds", e.field());

        VisitView corrected = withService(s -> s.updateVisit(visit.id(), new UpdateVisit(LocalDate.of(2024, 9, 12),
                null, null, "", null, null, null, null, null, null, visit.version())));
        assertEquals(LocalDate.of(2024, 9, 12), corrected.date());
        assertEquals(null, corrected.minutes());
        assertEquals(2, corrected.attendees().size());
    }

    @Test
    void aBranchNamesItsParentAndNeverItselfNorItsOwnBranch() {
        OrganisationId indonesia = withService(s -> s.register(new RegisterOrganisation("IOM Indonesia", OrganisationType.IOM,
                "Jakarta", "Jl. Jend. Sudirman Kav. 45-46", null, List.of()))).id();
        OrganisationView kupang = withService(s -> s.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM,
                "Kupang", null, indonesia, List.of())));
        assertEquals(indonesia, kupang.parentId());
        assertEquals(OrganisationStatus.ACTIVE, kupang.status());

        long version = withService(s -> s.getOrganisation(indonesia)).version();
        assertEquals("parentId", assertThrows(InvalidFieldException.class, () -> withService(s -> s.updateOrganisation(indonesia,
                new UpdateOrganisation(null, null, null, null, kupang.id(), false, null, null, version)))).field(),
                "IOM Indonesia is not a branch of its own branch");
        assertEquals("parentId", assertThrows(InvalidFieldException.class, () -> withService(s -> s.register(
                new RegisterOrganisation("IOM Atambua", OrganisationType.IOM, "Atambua", null, OrganisationId.random(),
                        List.of())))).field());
        OrganisationView alone = withService(s -> s.updateOrganisation(kupang.id(), new UpdateOrganisation(null, null, null, null,
                null, true, null, null, kupang.version())));
        assertEquals(null, alone.parentId());
    }

    @Test
    void aCoordinationMeetingIsFoundUnderEveryPartnerThatTookPart() {
        OrganisationId iom = iomKupang();
        OrganisationId police = withService(s -> s.register(new RegisterOrganisation("Polresta Kupang Kota", OrganisationType.POLICE,
                "Kupang", null, null, List.of()))).id();
        RecordVisit plain = visit(iom, List.of());
        RecordVisit meeting = new RecordVisit(iom, plain.date(), plain.location(), plain.purpose(), plain.minutes(),
                plain.attendees(), List.of(), VisitKind.COORDINATION_MEETING, java.time.LocalTime.of(10, 0),
                "Patroli bersama di sekitar Hotel Kupang Inn setiap malam Minggu", List.of(police));

        VisitView recorded = withService(s -> s.recordVisit(meeting));

        assertEquals(VisitKind.COORDINATION_MEETING, recorded.kind());
        assertEquals("Polresta Kupang Kota", recorded.otherOrganisations().get(0).name());
        assertEquals(List.of(recorded.id()), withService(s -> s.visits(police)).stream().map(VisitView::id).toList());
        assertEquals(List.of(recorded.id()), withService(s -> s.visits(iom)).stream().map(VisitView::id).toList());
        RecordVisit withItself = new RecordVisit(iom, plain.date(), plain.location(), plain.purpose(), null, plain.attendees(),
                List.of(), null, null, null, List.of(iom));
        assertEquals("otherOrganisationIds", assertThrows(InvalidFieldException.class,
                () -> withService(s -> s.recordVisit(withItself))).field());
        VisitView alone = withService(s -> s.updateVisit(recorded.id(), new UpdateVisit(null, null, null, null, null, null, null,
                null, "", List.of(), recorded.version())));
        assertTrue(alone.otherOrganisations().isEmpty());
        assertEquals(null, alone.decisions());
        assertTrue(withService(s -> s.visits(police)).isEmpty());
    }

    @Test
    void aContactKeepsTheDaysTheyWereTheOfficesContact() {
        Contact former = new Contact("Yosef Nae Soi", "Kepala IOM Kupang", null, null, LocalDate.of(2019, 7, 1),
                LocalDate.of(2024, 2, 29));
        OrganisationView iom = withService(s -> s.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM, "Kupang",
                null, null, List.of(former))));

        Contact read = iom.contacts().get(0);
        assertEquals(LocalDate.of(2024, 2, 29), read.activeUntil());
        assertTrue(read.isActiveOn(LocalDate.of(2024, 2, 29)) && !read.isActiveOn(LocalDate.of(2024, 3, 1)));
        Contact backwards = new Contact("Herman Rabu", null, null, null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1));
        assertEquals("contacts", assertThrows(InvalidFieldException.class, () -> withService(s -> s.register(
                new RegisterOrganisation("UNHCR Indonesia", OrganisationType.UNHCR, "Jakarta", null, null, List.of(backwards)))))
                .field());
    }
}

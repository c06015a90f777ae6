package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.testing.RegisteredPersons;

/** The portal narrows every read to the partner user's own organisation: its name, grants and visits only. */
class DefaultPortalServiceTest {

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T as(String user, Function<DefaultPortalService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultPortalService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                Callers.user(user, "PARTNER"), OfficeClocks.kupangAt("2024-09-20T10:00"))));
    }

    private OrganisationView partnerWithAVisit(String name, String user, LocalDate visited) {
        return db.inTransaction(em -> {
            DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                    new RegisteredPersons(), new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
            OrganisationView organisation = partners.register(new RegisterOrganisation(name, OrganisationType.IOM, "Kupang", null,
                    null, List.of()));
            partners.linkUser(user, organisation.id());
            partners.grant(organisation.id(), DataCategory.IDENTITY, LocalDate.of(2024, 1, 1), null);
            partners.recordVisit(new RecordVisit(organisation.id(), visited, "Ruang Kepala Rudenim Kupang", "Koordinasi " + name,
                    null, List.of(new Attendee("Herman Rabu", null, name)), List.of(), null, null, null, null));
            return organisation;
        });
    }

    @Test
    void aPartnerUserReachesOnlyTheirOwnOrganisation() {
        partnerWithAVisit("IOM Kupang", "iom", LocalDate.of(2024, 9, 11));
        partnerWithAVisit("Klinik Pratama Oesapa", "klinik", LocalDate.of(2024, 9, 12));

        assertEquals("IOM Kupang", as("iom", s -> s.organisation()).orElseThrow().name());
        assertEquals(List.of("Koordinasi IOM Kupang"), as("iom", s -> s.visits()).stream().map(v -> v.purpose()).toList());
        assertEquals(Set.of(DataCategory.IDENTITY), as("iom", DefaultPortalService::grantedToday));
        assertTrue(as("stranger", s -> s.organisation()).isEmpty());
        assertTrue(as("stranger", DefaultPortalService::visits).isEmpty(), "linked to no partner, sees no visit");
        assertTrue(as("stranger", DefaultPortalService::grantedToday).isEmpty());
    }
}

package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.internal.persistence.AgreementRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.PdfText;
import org.suaka.registry.testing.RegisteredPersons;

/**
 * Agreements on the real partner schema: the scope a partner's staff see is what its agreements valid on the
 * day grant; the refusals; the list of those ending soon; the scan judged by its content.
 */
class DefaultAgreementServiceTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final OrganisationId iom = db.inTransaction(em -> {
        DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                new RegisteredPersons(), new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
        OrganisationId id = partners.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM, "Kupang", null, null,
                List.of())).id();
        partners.linkUser("iom", id);
        return id;
    });

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T agreements(java.util.function.Function<DefaultAgreementService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultAgreementService(new AgreementRepository(em, OfficeScope.SINGLE_OFFICE),
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), OfficeScope.SINGLE_OFFICE,
                Callers.user("officer", Roles.OFFICER), OfficeClocks.kupangAt("2024-09-11T09:00"), VALIDATOR)));
    }

    private Set<DataCategory> scopeOn(String day) {
        return db.inTransaction(em -> new PartnerRepository(em, OfficeScope.SINGLE_OFFICE).grantsOfUser("iom", LocalDate.parse(day)));
    }

    private AgreementView record(String from, String to, Set<DataCategory> scope) {
        return agreements(s -> s.record(new RecordAgreement(iom, "W20.IMI.IMI.3-UM.01.01-" + from.substring(0, 4),
                "Penanganan pengungsi dari luar negeri di Kota Kupang", LocalDate.parse(from), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), scope)));
    }

    @Test
    void thePartnersScopeIsWhatItsAgreementsValidOnTheDayGrant() {
        record("2020-01-01", "2023-12-31", Set.of(DataCategory.IDENTITY, DataCategory.SUPERVISION));
        record("2024-01-01", "2024-10-31", Set.of(DataCategory.IDENTITY, DataCategory.REFERRAL));

        assertEquals(Set.of(DataCategory.IDENTITY, DataCategory.SUPERVISION), scopeOn("2023-06-01"));
        assertEquals(Set.of(DataCategory.IDENTITY, DataCategory.REFERRAL), scopeOn("2024-09-11"));
        assertEquals(Set.of(DataCategory.IDENTITY, DataCategory.REFERRAL), scopeOn("2024-10-31"), "the last day holds");
        assertEquals(Set.of(), scopeOn("2024-11-01"), "nothing once every agreement has ended");

        List<AgreementView> ending = agreements(s -> s.expiring(60, PageRequest.first())).items();
        assertEquals(List.of("W20.IMI.IMI.3-UM.01.01-2024"), ending.stream().map(AgreementView::number).toList());
    }

    @Test
    void anAgreementEndingBeforeItBeginsOrSharingEnforcementDataIsRefused() {
        assertEquals("validTo", assertThrows(InvalidFieldException.class,
                () -> record("2024-01-01", "2023-12-31", Set.of(DataCategory.IDENTITY))).field());
        assertEquals("enforcement-data-not-shared", assertThrows(BusinessRuleException.class,
                () -> record("2024-01-01", null, Set.of(DataCategory.IDENTITY, DataCategory.INCIDENT))).rule());
        assertEquals(0, agreements(s -> s.list(null, PageRequest.first())).total(), "nothing written");
    }

    @Test
    void theScanIsAPdfOrAJpegWhateverItsName() {
        AgreementView agreement = record("2024-01-01", null, Set.of(DataCategory.IDENTITY));
        assertEquals("scan", assertThrows(InvalidFieldException.class, () -> agreements(s -> s.attachScan(agreement.id(),
                "%PDF-1.7 not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))).field());

        byte[] pdf = PdfText.blankPage();
        assertEquals("application/pdf", agreements(s -> s.attachScan(agreement.id(), pdf)).scanType());
        assertArrayEquals(pdf, agreements(s -> s.scanOf(agreement.id())).orElseThrow().content());
    }
}

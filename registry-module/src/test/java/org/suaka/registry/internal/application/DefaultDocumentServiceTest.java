package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

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
import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.ExpiringDocument;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RecordDocument;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.persistence.DocumentRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

class DefaultDocumentServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private DefaultDocumentService documents(EntityManager em) {
        return new DefaultDocumentService(new DocumentRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), CLOCK, TwoOffices.officerOf(OfficeId.FIRST),
                AccessScope.EVERYTHING, jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());
    }

    private PersonView register(String given) {
        return db.inTransaction(em -> new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)),
                CLOCK, AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em)).register(new RegisterPerson(given, "Qaderi",
                        Sex.MALE, LocalDate.of(1985, 3, 3), "AFG", null, null, LocalDate.of(2021, 2, 1)), true));
    }

    private IdentityDocumentView record(PersonView person, RecordDocument document) {
        return db.inTransaction(em -> documents(em).record(person.id(), document));
    }

    @Test
    void documentsExpiringSoonAreListedSoonestFirstWithTheirHolder() {
        PersonView qasim = register("Qasim");
        PersonView murtaza = register("Murtaza");
        record(qasim, new RecordDocument(DocumentType.UNHCR_CARD, "386-00170001", "UNHCR Indonesia", null,
                LocalDate.of(2024, 10, 5)));
        record(murtaza, new RecordDocument(DocumentType.PASSPORT, "P 0123 4567", null, LocalDate.of(2015, 9, 20),
                LocalDate.of(2024, 9, 20)));
        record(murtaza, new RecordDocument(DocumentType.NATIONAL_ID, "1400-0101-22", null, null, LocalDate.of(2025, 9, 20)));
        record(qasim, new RecordDocument(DocumentType.BIRTH_CERTIFICATE, "AKTA/77", null, null, LocalDate.of(2024, 9, 10)));

        var soon = db.inTransaction(em -> documents(em).expiring(30, PageRequest.first()));

        assertEquals(2, soon.total());
        assertEquals(List.of("Murtaza Qaderi", "Qasim Qaderi"), soon.items().stream().map(ExpiringDocument::holder).toList());
        assertEquals(List.of(LocalDate.of(2025, 9, 20), LocalDate.of(2024, 9, 20)), db.inTransaction(
                em -> documents(em).documentsOf(murtaza.id())).stream().map(IdentityDocumentView::expiresOn).toList());
    }

    @Test
    void aNumberHeldByAnotherAnExpiryBeforeIssueAndAScanThatIsNotOneAreRefused() throws IOException {
        PersonView qasim = register("Qasim");
        PersonView murtaza = register("Murtaza");
        IdentityDocumentView passport = record(qasim, new RecordDocument(DocumentType.PASSPORT, "P01234567", null, null, null));

        assertEquals("document-number-taken", assertThrows(BusinessRuleException.class, () -> record(murtaza,
                new RecordDocument(DocumentType.PASSPORT, "p0123 4567", null, null, null))).rule());
        assertEquals("expiresOn", assertThrows(InvalidFieldException.class, () -> record(murtaza, new RecordDocument(
                DocumentType.NATIONAL_ID, "N1", null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31)))).field());
        assertEquals("scan", assertThrows(InvalidFieldException.class, () -> db.run(em -> documents(em).attachScan(
                qasim.id(), passport.id(), "%PDF-1.7 but nothing more".getBytes()))).field());

        byte[] png = png();
        IdentityDocumentView scanned = db.inTransaction(em -> documents(em).attachScan(qasim.id(), passport.id(), png));
        assertEquals("image/png", scanned.scanType());
        assertArrayEquals(png, db.inTransaction(em -> documents(em).scanOf(qasim.id(), passport.id())).content());
        assertTrue(db.inTransaction(em -> documents(em).documentsOf(murtaza.id())).isEmpty());
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

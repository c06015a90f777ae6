package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.AttachmentView;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitNotFoundException;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.partner.internal.persistence.VisitAttachmentRepository;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.PdfText;
import org.suaka.registry.testing.RegisteredPersons;

/** Files attached to a visit on the real schema: a PDF kept byte for byte, anything else refused by its content. */
class DefaultVisitAttachmentServiceTest {

    private static final byte[] PDF = PdfText.blankPage();

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final VisitId meeting = db.inTransaction(em -> {
        DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                new RegisteredPersons(), new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
        var iom = partners.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM, "Kupang", null, null, List.of()));
        return partners.recordVisit(new RecordVisit(iom.id(), LocalDate.of(2024, 9, 11), "Ruang Kepala Rudenim Kupang",
                "Koordinasi", null, List.of(new Attendee("Herman Rabu", null, "IOM Kupang")), List.of(), null, null, null, null)).id();
    });

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T files(Function<DefaultVisitAttachmentService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultVisitAttachmentService(new VisitAttachmentRepository(em,
                OfficeScope.SINGLE_OFFICE), new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), OfficeScope.SINGLE_OFFICE,
                Callers.user("officer", Roles.OFFICER))));
    }

    @Test
    void aPdfIsKeptByteForByteAndAnythingElseIsRefused() {
        AttachmentView attached = files(s -> s.attach(meeting, " daftar-hadir-11-09-2024.pdf ", PDF));

        assertEquals("daftar-hadir-11-09-2024.pdf", attached.fileName());
        assertEquals("application/pdf", attached.mediaType());
        assertEquals(List.of(attached), files(s -> s.of(meeting)));
        assertArrayEquals(PDF, files(s -> s.content(attached.id())).orElseThrow().content());
        assertEquals("file", assertThrows(InvalidFieldException.class, () -> files(s -> s.attach(meeting, "foto.jpg",
                "PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1)))).field());
        assertEquals("file", assertThrows(InvalidFieldException.class, () -> files(s -> s.attach(meeting, "kosong.pdf",
                new byte[0]))).field());
        assertEquals("fileName", assertThrows(InvalidFieldException.class, () -> files(s -> s.attach(meeting, " ", PDF))).field());
        assertThrows(VisitNotFoundException.class, () -> files(s -> s.attach(VisitId.random(), "x.pdf", PDF)));
        assertTrue(files(s -> s.content(java.util.UUID.randomUUID())).isEmpty());
        assertEquals(1, files(s -> s.of(meeting)).size(), "nothing half-written");
    }
}

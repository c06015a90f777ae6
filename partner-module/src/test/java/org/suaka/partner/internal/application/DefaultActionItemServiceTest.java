package org.suaka.partner.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.ActionStatus;
import org.suaka.partner.api.AddActionItem;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.internal.persistence.ActionItemRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.PartnerSchemaMigration;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.testing.RegisteredPersons;

/** Action items of a meeting on the real partner schema: due on or after it, open until done, once. */
class DefaultActionItemServiceTest {

    private final InMemoryPersistence db = new InMemoryPersistence("partner", PartnerSchemaMigration.CHANGELOG);
    private final VisitId meeting = db.inTransaction(em -> {
        DefaultPartnerService partners = new DefaultPartnerService(new PartnerRepository(em, OfficeScope.SINGLE_OFFICE),
                new RegisteredPersons(), new AuditedChanges(), OfficeScope.SINGLE_OFFICE);
        var iom = partners.register(new RegisterOrganisation("IOM Kupang", OrganisationType.IOM, "Kupang", null, null, List.of()));
        return partners.recordVisit(new RecordVisit(iom.id(), LocalDate.of(2024, 9, 11), "Ruang Kepala Rudenim Kupang",
                "Koordinasi", null, List.of(new Attendee("Herman Rabu", "Plt. Kepala IOM Kupang", "IOM Kupang")), List.of(), null, null, null,
                null)).id();
    });

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T items(java.util.function.Function<DefaultActionItemService, T> work) {
        return db.inTransaction(em -> work.apply(new DefaultActionItemService(new ActionItemRepository(em, OfficeScope.SINGLE_OFFICE),
                new PartnerRepository(em, OfficeScope.SINGLE_OFFICE), OfficeScope.SINGLE_OFFICE,
                OfficeClocks.kupangAt("2024-09-20T10:00"), Validation.buildDefaultValidatorFactory().getValidator())));
    }

    @Test
    void anActionItemIsOpenUntilDoneAndDueOnOrAfterItsMeeting() {
        assertEquals("dueOn", assertThrows(InvalidFieldException.class, () -> items(s -> s.add(meeting,
                new AddActionItem("Kirim data", "IOM Kupang", LocalDate.of(2024, 9, 10))))).field());
        ActionItemView item = items(s -> s.add(meeting, new AddActionItem("Kirim data kebutuhan sekolah anak",
                "IOM Kupang (Stefani Mutarti)", LocalDate.of(2024, 9, 30))));
        assertEquals(ActionStatus.OPEN, item.status());
        assertEquals(1, items(s -> s.open(PageRequest.first())).total());

        ActionItemView done = items(s -> s.markDone(item.id(), item.version()));
        assertEquals(LocalDate.of(2024, 9, 20), done.doneOn());
        assertEquals(0, items(s -> s.open(PageRequest.first())).total());
        assertEquals("action-item-done", assertThrows(BusinessRuleException.class,
                () -> items(s -> s.markDone(item.id(), done.version()))).rule());
        assertEquals(List.of(ActionStatus.DONE), items(s -> s.of(meeting)).stream().map(ActionItemView::status).toList());
    }
}

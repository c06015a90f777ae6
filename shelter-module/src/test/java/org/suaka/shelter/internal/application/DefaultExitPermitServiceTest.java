package org.suaka.shelter.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.testing.RegisteredPersons;
import org.suaka.shelter.api.DecidePermit;
import org.suaka.shelter.api.PermitQuery;
import org.suaka.shelter.api.PermitState;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.RecordReturn;
import org.suaka.shelter.api.RequestPermit;
import org.suaka.shelter.internal.persistence.PermitRepository;
import org.suaka.shelter.internal.persistence.PlacementRepository;

/** Exit permits on the real shelter schema: asked, decided by another supervisor, returned, overdue. */
class DefaultExitPermitServiceTest {

    private static final Clock CLOCK = ShelterTestBed.CLOCK;
    private static final Validator VALIDATOR = ShelterTestBed.VALIDATOR;
    private static final Caller OFFICER = ShelterTestBed.OFFICER;
    private static final Caller SUPERVISOR = Callers.user("supervisor", Roles.SUPERVISOR);

    private final ShelterTestBed bed = new ShelterTestBed();
    private final RegisteredPersons registry = bed.registry;
    private final InMemoryPersistence db = bed.db;

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    private DefaultExitPermitService permits(EntityManager em, Caller caller) {
        return new DefaultExitPermitService(new PermitRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), registry, OfficeScope.SINGLE_OFFICE, caller, CLOCK,
                VALIDATOR);
    }

    private PersonId placedPerson() {
        return bed.placedPerson(bed.shelter("Hotel Ina Bo'i", 10), "Gul Ahmad", "Wardak");
    }

    private PermitView ask(Caller who, PersonId person, String leave, String back) {
        return db.inTransaction(em -> permits(em, who).request(new RequestPermit(person, "Berobat ke RSUD",
                "Kota Kupang", LocalDateTime.parse(leave), LocalDateTime.parse(back))));
    }

    @Test
    void anOfficerAsksASupervisorApprovesAndTheReturnClosesIt() {
        PersonId gul = placedPerson();
        PermitView asked = ask(OFFICER, gul, "2024-09-11T08:00", "2024-09-11T16:00");
        assertEquals(PermitState.REQUESTED, asked.state());
        assertEquals("officer", asked.requestedBy());

        PermitView approved = db.inTransaction(em -> permits(em, SUPERVISOR).approve(asked.id(),
                new DecidePermit("Didampingi staf IOM", asked.version())));
        assertEquals(PermitState.APPROVED, approved.state());
        assertEquals("supervisor", approved.decidedBy());
        assertFalse(approved.overdue(), "09:00: not yet due");

        assertThrows(InvalidFieldException.class, () -> db.inTransaction(em -> permits(em, OFFICER).recordReturn(asked.id(),
                new RecordReturn(LocalDateTime.parse("2024-09-11T07:00"), approved.version()))), "before leaving");
        PermitView back = db.inTransaction(em -> permits(em, OFFICER).recordReturn(asked.id(),
                new RecordReturn(LocalDateTime.parse("2024-09-11T08:55"), approved.version())));
        assertEquals(PermitState.RETURNED, back.state());
    }

    @Test
    void aSupervisorNeverDecidesTheirOwnAndALateReturnIsOverdue() {
        PersonId gul = placedPerson();
        PermitView own = ask(SUPERVISOR, gul, "2024-09-10T08:00", "2024-09-10T18:00");
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> db.inTransaction(em ->
                permits(em, SUPERVISOR).approve(own.id(), new DecidePermit(null, own.version()))));
        assertEquals("own-permit", refused.rule());

        PermitView approved = db.inTransaction(em -> permits(em, Callers.user("kasubsi", Roles.SUPERVISOR))
                .approve(own.id(), new DecidePermit(null, own.version())));
        assertTrue(approved.overdue(), "expected back on the 10th at 18:00; it is the 11th");
        var overdue = db.inTransaction(em -> permits(em, OFFICER).list(new PermitQuery(null, true, null, PageRequest.first())));
        assertEquals(1, overdue.total());
        assertThrows(InvalidFieldException.class, () -> ask(OFFICER, gul, "2024-09-12T08:00", "2024-09-12T07:00"),
                "back before leaving");
        assertThrows(InvalidFieldException.class, () -> ask(OFFICER, gul, "2024-09-12T08:00", "2024-10-30T08:00"),
                "more than 30 days");
    }
}

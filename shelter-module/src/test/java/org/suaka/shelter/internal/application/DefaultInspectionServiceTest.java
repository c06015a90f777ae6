package org.suaka.shelter.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.Caller;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.shelter.api.CloseInspection;
import org.suaka.shelter.api.CloseShelter;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.FacilityCondition;
import org.suaka.shelter.api.Finding;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.RecordInspection;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.internal.persistence.InspectionRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/** Inspections on the real shelter schema: findings, the follow-up they call for, closing it once. */
class DefaultInspectionServiceTest {

    private static final Clock CLOCK = ShelterTestBed.CLOCK;
    private static final Validator VALIDATOR = ShelterTestBed.VALIDATOR;
    private static final Caller OFFICER = ShelterTestBed.OFFICER;
    private static final LocalDate INSPECTED = LocalDate.of(2024, 9, 5);
    private static final List<Finding> WATER_MURKY = List.of(
            new Finding(Facility.CLEAN_WATER, FacilityCondition.NEEDS_IMPROVEMENT, "Air keran keruh di lantai 2"),
            new Finding(Facility.FOOD, FacilityCondition.GOOD, null),
            new Finding(Facility.WORSHIP_PLACE, FacilityCondition.MISSING, "Musala dipakai sebagai gudang"));

    private final ShelterTestBed bed = new ShelterTestBed();
    private final InMemoryPersistence db = bed.db;

    @AfterEach
    void close() throws Exception {
        bed.close();
    }

    private DefaultInspectionService inspections(EntityManager em) {
        return new DefaultInspectionService(new InspectionRepository(em, OfficeScope.SINGLE_OFFICE),
                new ShelterRepository(em, OfficeScope.SINGLE_OFFICE), OfficeScope.SINGLE_OFFICE, OFFICER, CLOCK, VALIDATOR);
    }

    private DefaultShelterService shelters(EntityManager em) {
        return bed.shelters(em);
    }

    private ShelterId hotel() {
        return bed.shelter("Hotel Ina Bo'i", 60);
    }

    private InspectionView record(RecordInspection command) {
        return db.inTransaction(em -> inspections(em).record(command));
    }

    @Test
    void shortcomingsStayOpenUntilTheFollowUpIsClosed() {
        ShelterId hotel = hotel();
        InspectionView open = record(new RecordInspection(hotel, INSPECTED, "Yohanes Ndun", WATER_MURKY,
                "Kuras tandon air; kosongkan musala", LocalDate.of(2024, 9, 20)));

        assertNull(open.closedOn());
        assertEquals(2, open.shortcomings());
        assertEquals(List.of(Facility.CLEAN_WATER, Facility.FOOD, Facility.WORSHIP_PLACE),
                open.findings().stream().map(Finding::facility).toList());
        assertEquals(1, db.inTransaction(em -> inspections(em).list(new InspectionQuery(hotel, true, PageRequest.first())))
                .total());

        InspectionView closed = db.inTransaction(em -> inspections(em).close(open.id(),
                new CloseInspection("Tandon dikuras 10-09-2024, musala dikosongkan", open.version())));
        assertEquals(LocalDate.of(2024, 9, 11), closed.closedOn());
        assertEquals("officer", closed.closedBy());
        assertEquals(0, db.inTransaction(em -> inspections(em).list(new InspectionQuery(hotel, true, PageRequest.first())))
                .total());
        BusinessRuleException twice = assertThrows(BusinessRuleException.class, () -> db.inTransaction(em ->
                inspections(em).close(open.id(), new CloseInspection("lagi", closed.version()))));
        assertEquals("inspection-closed", twice.rule());
    }

    @Test
    void anInspectionThatFindsEverythingGoodIsClosedOnItsDay() {
        InspectionView fine = record(new RecordInspection(hotel(), INSPECTED, "Tim Wasdakim", List.of(
                new Finding(Facility.CLEAN_WATER, FacilityCondition.GOOD, null)), " ", null));

        assertEquals(INSPECTED, fine.closedOn());
        assertNull(fine.followUp());
    }

    @Test
    void closingWithAnOldVersionIsRefused() {
        InspectionView open = record(new RecordInspection(hotel(), INSPECTED, "Yohanes Ndun", WATER_MURKY, "Kuras tandon",
                null));

        assertThrows(StaleVersionException.class, () -> db.inTransaction(em ->
                inspections(em).close(open.id(), new CloseInspection("selesai", open.version() + 1))));
    }

    @Test
    void unsoundInspectionsAreRefusedByField() {
        ShelterId hotel = hotel();
        assertEquals("followUp", refused(new RecordInspection(hotel, INSPECTED, "Yohanes Ndun", WATER_MURKY, null, null)));
        assertEquals("inspectedOn", refused(new RecordInspection(hotel, LocalDate.of(2024, 9, 12), "Yohanes Ndun",
                WATER_MURKY, "Kuras tandon", null)));
        assertEquals("followUpDue", refused(new RecordInspection(hotel, INSPECTED, "Yohanes Ndun", WATER_MURKY,
                "Kuras tandon", LocalDate.of(2024, 9, 4))));
        assertEquals("findings", refused(new RecordInspection(hotel, INSPECTED, "Yohanes Ndun", List.of(
                new Finding(Facility.FOOD, FacilityCondition.GOOD, null),
                new Finding(Facility.FOOD, FacilityCondition.MISSING, null)), "Periksa dapur", null)));
        assertEquals("shelterId", refused(new RecordInspection(new ShelterId(java.util.UUID.randomUUID()), INSPECTED,
                "Yohanes Ndun", WATER_MURKY, "Kuras tandon", null)));
        assertEquals(0, db.inTransaction(em -> inspections(em).list(new InspectionQuery(null, false, PageRequest.first())))
                .total());
    }

    @Test
    void aClosedShelterIsNotInspected() {
        ShelterId hotel = hotel();
        long version = db.inTransaction(em -> shelters(em).find(hotel).orElseThrow().version());
        db.run(em -> shelters(em).close(hotel, new CloseShelter(LocalDate.of(2024, 9, 1), version)));

        BusinessRuleException closed = assertThrows(BusinessRuleException.class, () -> record(new RecordInspection(hotel,
                INSPECTED, "Yohanes Ndun", WATER_MURKY, "Kuras tandon", null)));
        assertEquals("shelter-closed", closed.rule());
    }

    private String refused(RecordInspection command) {
        return assertThrows(InvalidFieldException.class, () -> record(command)).field();
    }
}

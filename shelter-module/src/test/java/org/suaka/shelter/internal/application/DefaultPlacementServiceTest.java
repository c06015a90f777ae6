package org.suaka.shelter.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.api.PersonDeparted;
import org.suaka.registry.api.GroupFigures;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.testing.RegisteredPersons;
import org.suaka.shelter.api.CloseShelter;
import org.suaka.shelter.api.CorrectPlacement;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.EndPlacement;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterFigures;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterOccupancy;
import org.suaka.shelter.api.TransferPlacement;
import org.suaka.shelter.api.UnitView;
import org.suaka.shelter.api.UpdateShelter;
import org.suaka.shelter.api.UpdateUnit;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;
import org.suaka.shelter.internal.persistence.ShelterSchemaMigration;

/**
 * Placement and occupancy rules on the real shelter schema and repositories.
 */
class DefaultPlacementServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final RegisteredPersons registry = new RegisteredPersons();
    private final InMemoryPersistence shelterDb = new InMemoryPersistence("shelter", ShelterSchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        shelterDb.close();
    }

    private DefaultShelterService shelters(EntityManager em) {
        return new DefaultShelterService(new ShelterRepository(em, OfficeScope.SINGLE_OFFICE), new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), new AuditedChanges(),
                CLOCK, OfficeScope.SINGLE_OFFICE, VALIDATOR);
    }

    private DefaultPlacementService placements(EntityManager em) {
        return placements(em, Callers.user("officer", Roles.OFFICER));
    }

    private DefaultPlacementService placements(EntityManager em, Caller caller) {
        return new DefaultPlacementService(registry, new ShelterRepository(em, OfficeScope.SINGLE_OFFICE), new PlacementRepository(em, OfficeScope.SINGLE_OFFICE),
                AccessScope.EVERYTHING, new AuditedChanges(), OfficeScope.SINGLE_OFFICE, caller, VALIDATOR);
    }

    private DefaultOccupancyStatistics statistics(EntityManager em) {
        return new DefaultOccupancyStatistics(new ShelterRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), describedByTheRegistry());
    }

    /** The registry's description of a group, from the persons registered here: adults by sex, children. */
    private SupervisionStatistics describedByTheRegistry() {
        return (SupervisionStatistics) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SupervisionStatistics.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("describe")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    var ids = (java.util.Collection<PersonId>) args[0];
                    LocalDate adult = ((LocalDate) args[1]).minusYears(18);
                    var people = ids.stream().map(registry::get).toList();
                    return new GroupFigures(people.size(),
                            people.stream().filter(p -> p.sex() == Sex.MALE && !p.dateOfBirth().isAfter(adult)).count(),
                            people.stream().filter(p -> p.sex() == Sex.FEMALE && !p.dateOfBirth().isAfter(adult)).count(),
                            people.stream().filter(p -> p.dateOfBirth().isAfter(adult)).count(), 0);
                });
    }

    private PersonId register(String given, String family) {
        return registry.register(new RegisterPerson(given, family, Sex.MALE, LocalDate.of(1995, 4, 2), "AFG", null,
                null, LocalDate.of(2024, 1, 1))).id();
    }

    private ShelterId shelter(String name, int capacity) {
        return shelterDb.inTransaction(em -> shelters(em)
                .create(CreateShelter.of(name, "Jl. Timor Raya", "Kupang", capacity))).id();
    }

    private PlacementView place(PersonId person, ShelterId shelter, LocalDate from) {
        return shelterDb.inTransaction(em -> placements(em).place(PlacePerson.of(person, shelter, from)));
    }

    private List<ShelterOccupancy> occupancyOn(LocalDate date) {
        return shelterDb.inTransaction(em -> statistics(em).occupancyOn(date));
    }

    @Test
    void countsOccupantsPerShelterOnTheDay() {
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 10);
        ShelterId lavender = shelter("Hotel Lavender Kupang", 10);
        place(register("Ali", "Ahmadi"), inaBoi, LocalDate.of(2024, 9, 1));
        place(register("Hassan", "Jafari"), inaBoi, LocalDate.of(2024, 10, 1));

        List<ShelterOccupancy> september = occupancyOn(LocalDate.of(2024, 9, 30));

        assertEquals(List.of(new ShelterOccupancy(inaBoi, "Hotel Ina Bo'i", 10, 1),
                new ShelterOccupancy(lavender, "Hotel Lavender Kupang", 10, 0)), september);
        assertEquals(2, occupancyOn(LocalDate.of(2024, 10, 1)).get(0).occupants());
    }

    @Test
    void tellsWhereAPersonStayedOnADay() {
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 10);
        PersonId ali = register("Ali", "Ahmadi");
        place(ali, inaBoi, LocalDate.of(2024, 9, 1));

        java.util.function.Function<EntityManager, DefaultPlacementService> service = this::placements;
        assertEquals("Hotel Ina Bo'i", shelterDb.inTransaction(em -> service.apply(em)
                .placementOn(ali, LocalDate.of(2024, 9, 30))).orElseThrow().shelterName());
        assertEquals(java.util.Optional.empty(), shelterDb.inTransaction(em -> service.apply(em)
                .placementOn(ali, LocalDate.of(2024, 8, 31))));
    }

    @Test
    void endingAPlacementFreesTheRoomFromThatDayAndCannotHappenTwice() {
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 1);
        PlacementView nasir = place(register("Nasir", "Sultani"), kupangInn, LocalDate.of(2024, 9, 1));
        java.util.function.Function<EntityManager, DefaultPlacementService> service = this::placements;

        PlacementView ended = shelterDb.inTransaction(em -> service.apply(em).end(nasir.id(),
                new org.suaka.shelter.api.EndPlacement(LocalDate.of(2024, 10, 1), nasir.version())));

        assertEquals(LocalDate.of(2024, 10, 1), ended.until());
        assertEquals(1, occupancyOn(LocalDate.of(2024, 9, 30)).get(0).occupants());
        assertEquals(0, occupancyOn(LocalDate.of(2024, 10, 1)).get(0).occupants());
        place(register("Reza", "Nazari"), kupangInn, LocalDate.of(2024, 10, 1));
        assertThrows(StaleVersionException.class, () -> shelterDb.inTransaction(em -> service.apply(em)
                .end(nasir.id(), new org.suaka.shelter.api.EndPlacement(LocalDate.of(2024, 10, 2), nasir.version()))));
        assertEquals("placement-ended", assertThrows(BusinessRuleException.class, () -> shelterDb.inTransaction(em ->
                service.apply(em).end(nasir.id(), new org.suaka.shelter.api.EndPlacement(LocalDate.of(2024, 10, 2),
                        ended.version())))).rule());
    }

    @Test
    void refusesToOverfillAShelter() {
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 1);
        place(register("Nasir", "Sultani"), kupangInn, LocalDate.of(2024, 9, 1));
        PersonId second = register("Reza", "Nazari");

        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> place(second, kupangInn, LocalDate.of(2024, 9, 2)));

        assertEquals("shelter-full", e.rule());
        assertEquals(1, occupancyOn(LocalDate.of(2024, 9, 2)).get(0).occupants());
    }

    @Test
    void refusesToHouseOnePersonTwice() {
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 5);
        PersonId nasir = register("Nasir", "Sultani");
        place(nasir, kupangInn, LocalDate.of(2024, 9, 1));

        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> place(nasir, kupangInn, LocalDate.of(2024, 9, 5)));

        assertEquals("person-already-placed", e.rule());
    }

    @Test
    void refusesAPersonTheRegistryDoesNotKnow() {
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 5);

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> place(PersonId.random(), kupangInn, LocalDate.of(2024, 9, 1)));

        assertEquals("personId", e.field());
    }

    @Test
    void refusesAPlacementThatBeginsBeforeThePersonsSupervision() {
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 5);
        PersonId nasir = register("Nasir", "Sultani");

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> place(nasir, kupangInn, LocalDate.of(2023, 12, 31)));

        assertEquals("from", e.field());
    }

    @Test
    void refusesADuplicateShelterName() {
        shelter("Hotel Ina Bo'i", 10);

        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> shelter("hotel ina bo'i", 4));

        assertEquals("shelter-name-taken", e.rule());
    }

    @Test
    void aDepartureFromTheRegistryEndsTheOpenPlacementOnTheSameDay() {
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 10);
        PersonId ali = register("Ali", "Ahmadi");
        place(ali, inaBoi, LocalDate.of(2024, 9, 1));

        shelterDb.run(em -> new DepartureObserver(new PlacementRepository(em, OfficeScope.SINGLE_OFFICE))
                .closePlacements(new PersonDeparted(ali, LocalDate.of(2024, 9, 20), org.suaka.registry.api.StatusReason.RESETTLED)));

        assertEquals(LocalDate.of(2024, 9, 20), shelterDb.inTransaction(em -> placements(em).placementsOf(ali))
                .get(0).until());
        assertEquals(1, occupancyOn(LocalDate.of(2024, 9, 19)).get(0).occupants());
        assertEquals(0, occupancyOn(LocalDate.of(2024, 9, 20)).get(0).occupants());
    }

    @Test
    void correctsAShelterButNotBelowThePersonsItHouses() {
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 10);
        place(register("Ali", "Ahmadi"), inaBoi, LocalDate.of(2024, 9, 1));
        place(register("Hassan", "Jafari"), inaBoi, LocalDate.of(2024, 9, 2));

        long read = shelterDb.inTransaction(em -> shelters(em).get(inaBoi)).version();
        var corrected = shelterDb.inTransaction(em -> shelters(em).update(inaBoi,
                UpdateShelter.of("Hotel Ina Bo'i Kupang", "", null, 2, read)));

        assertEquals("Hotel Ina Bo'i Kupang", corrected.name());
        assertEquals(null, corrected.address());
        assertEquals(2, corrected.capacity());
        assertEquals("capacity-below-occupancy", assertThrows(BusinessRuleException.class, () -> shelterDb.run(em ->
                shelters(em).update(inaBoi, UpdateShelter.of(null, null, null, 1, corrected.version())))).rule());
        assertThrows(StaleVersionException.class, () -> shelterDb.run(em ->
                shelters(em).update(inaBoi, UpdateShelter.of(null, null, "Kota Kupang", null, read))));
    }

    @Test
    void correctedDatesMustStayWithinSupervisionAndApartFromThePersonsOtherStays() {
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 2);
        ShelterId kupangInn = shelter("Hotel Kupang Inn", 5);
        PersonId ali = register("Ali", "Ahmadi");
        PlacementView placed = place(ali, kupangInn, LocalDate.of(2024, 2, 1));
        PlacementView first = shelterDb.inTransaction(em -> placements(em).end(placed.id(),
                new EndPlacement(LocalDate.of(2024, 6, 1), placed.version())));
        PlacementView second = place(ali, inaBoi, LocalDate.of(2024, 6, 1));
        place(register("Hassan", "Jafari"), inaBoi, LocalDate.of(2024, 9, 1));
        java.util.function.Function<CorrectPlacement, PlacementView> correctSecond = command ->
                shelterDb.inTransaction(em -> placements(em).correct(second.id(), command));

        assertEquals("from", assertThrows(InvalidFieldException.class, () -> correctSecond.apply(
                new CorrectPlacement(LocalDate.of(2023, 12, 31), null, second.version()))).field());
        assertEquals("placements-overlap", assertThrows(BusinessRuleException.class, () -> correctSecond.apply(
                new CorrectPlacement(LocalDate.of(2024, 5, 31), null, second.version()))).rule());
        assertEquals("placement-ends-before-start", assertThrows(BusinessRuleException.class, () -> correctSecond.apply(
                new CorrectPlacement(null, LocalDate.of(2024, 5, 1), second.version()))).rule());

        PlacementView corrected = correctSecond.apply(new CorrectPlacement(null, LocalDate.of(2024, 8, 31),
                second.version()));
        assertEquals(LocalDate.of(2024, 8, 31), corrected.until());
        assertEquals(LocalDate.of(2024, 6, 1), first.until());
    }

    @Test
    void aUnitHasItsOwnCapacityAndASupervisorMayOverfillItWithAReasonKept() {
        ShelterId hotel = shelter("Hotel Lavender Kupang", 10);
        UnitView room = shelterDb.inTransaction(em -> shelters(em).addUnit(hotel, new CreateUnit("Kamar 12", 1)));
        PersonId sayed = register("Sayed", "Hashimi");
        PersonId gul = register("Gul Ahmad", "Wardak");
        shelterDb.inTransaction(em -> placements(em).place(new PlacePerson(sayed, hotel, LocalDate.of(2024, 2, 1), room.id(), null)));

        BusinessRuleException full = assertThrows(BusinessRuleException.class, () -> shelterDb.inTransaction(em ->
                placements(em).place(new PlacePerson(gul, hotel, LocalDate.of(2024, 2, 1), room.id(), null))));
        assertEquals("unit-full", full.rule());
        assertThrows(AccessDeniedException.class, () -> shelterDb.inTransaction(em -> placements(em)
                .place(new PlacePerson(gul, hotel, LocalDate.of(2024, 2, 1), room.id(), "Keluarga tidak dipisahkan"))));
        PlacementView overfilled = shelterDb.inTransaction(em -> placements(em, Callers.user("kasi", Roles.SUPERVISOR))
                .place(new PlacePerson(gul, hotel, LocalDate.of(2024, 2, 1), room.id(), "Keluarga tidak dipisahkan")));

        assertEquals("Keluarga tidak dipisahkan", overfilled.overrideReason());
        assertEquals("Kamar 12", overfilled.unitName());
        ShelterFigures figures = shelterDb.inTransaction(em -> statistics(em).figuresOn(hotel, LocalDate.of(2024, 3, 1)));
        assertEquals(1, figures.units().size());
        assertEquals("Kamar 12", figures.units().get(0).name());
        assertEquals(2, figures.units().get(0).figures().persons(), "two in a room for one, with the supervisor's leave");
        assertEquals(2, figures.units().get(0).figures().men());
        assertEquals(2, figures.figures().persons());
        BusinessRuleException below = assertThrows(BusinessRuleException.class, () -> shelterDb.inTransaction(em ->
                shelters(em).correctUnit(hotel, room.id(), new UpdateUnit(null, 1, room.version()))));
        assertEquals("capacity-below-occupancy", below.rule());
    }

    @Test
    void aTransferEndsOnePlacementAndOpensTheNextTheSameDay() {
        ShelterId lavender = shelter("Hotel Lavender Kupang", 10);
        ShelterId inaBoi = shelter("Hotel Ina Bo'i", 1);
        PersonId sayed = register("Sayed", "Hashimi");
        PersonId gul = register("Gul Ahmad", "Wardak");
        PlacementView first = place(sayed, lavender, LocalDate.of(2024, 2, 1));
        PlacementView other = place(gul, lavender, LocalDate.of(2024, 2, 1));

        PlacementView moved = shelterDb.inTransaction(em -> placements(em).transfer(first.id(),
                new TransferPlacement(inaBoi, null, LocalDate.of(2024, 5, 6), null, first.version())));

        assertEquals(LocalDate.of(2024, 5, 6), moved.from());
        assertEquals(LocalDate.of(2024, 5, 6), shelterDb.inTransaction(em -> placements(em).get(first.id())).until());
        assertEquals("Hotel Ina Bo'i", shelterDb.inTransaction(em -> placements(em)
                .placementOn(sayed, LocalDate.of(2024, 5, 6))).orElseThrow().shelterName());
        BusinessRuleException full = assertThrows(BusinessRuleException.class, () -> shelterDb.inTransaction(em ->
                placements(em).transfer(other.id(), new TransferPlacement(inaBoi, null, LocalDate.of(2024, 5, 7), null,
                        other.version()))));
        assertEquals("shelter-full", full.rule());
        assertEquals(null, shelterDb.inTransaction(em -> placements(em).get(other.id())).until(), "nothing half-written");
    }

    @Test
    void aClosedShelterTakesNobodyAndAnOccupiedOneCannotClose() {
        ShelterId hotel = shelter("Hotel Kupang Inn", 5);
        PersonId sayed = register("Sayed", "Hashimi");
        PlacementView stay = place(sayed, hotel, LocalDate.of(2024, 2, 1));
        long version = shelterDb.inTransaction(em -> shelters(em).get(hotel)).version();

        BusinessRuleException occupied = assertThrows(BusinessRuleException.class, () -> shelterDb.inTransaction(em ->
                shelters(em).close(hotel, new CloseShelter(LocalDate.of(2024, 6, 1), version))));
        assertEquals("shelter-occupied", occupied.rule());
        shelterDb.inTransaction(em -> placements(em).end(stay.id(), new EndPlacement(LocalDate.of(2024, 5, 31), stay.version())));
        shelterDb.inTransaction(em -> shelters(em).close(hotel, new CloseShelter(LocalDate.of(2024, 6, 1), version)));

        BusinessRuleException closed = assertThrows(BusinessRuleException.class, () -> place(register("Gul Ahmad", "Wardak"),
                hotel, LocalDate.of(2024, 6, 2)));
        assertEquals("shelter-closed", closed.rule());
    }
}

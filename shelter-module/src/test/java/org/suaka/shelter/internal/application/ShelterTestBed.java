package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.testing.Callers;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.testing.RegisteredPersons;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;
import org.suaka.shelter.internal.persistence.ShelterSchemaMigration;

/**
 * The shelter module's schema on in-memory Derby beside a registry held in memory, at 09:00 on 11 September
 * 2024 in Kupang, with shelters and placed persons made through the real services.
 */
final class ShelterTestBed implements AutoCloseable {

    static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final Caller OFFICER = Callers.user("officer", Roles.OFFICER);

    final RegisteredPersons registry = new RegisteredPersons();
    final InMemoryPersistence db = new InMemoryPersistence("shelter", ShelterSchemaMigration.CHANGELOG);

    /**
     * @param em the transaction's entity manager
     * @return the shelter service, acting for the one office
     */
    DefaultShelterService shelters(EntityManager em) {
        return new DefaultShelterService(new ShelterRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), new AuditedChanges(), CLOCK,
                OfficeScope.SINGLE_OFFICE, VALIDATOR);
    }

    /**
     * @param name the shelter's name
     * @param capacity its capacity
     * @return a new shelter in Kupang
     */
    ShelterId shelter(String name, int capacity) {
        return db.inTransaction(em -> shelters(em).create(CreateShelter.of(name, null, "Kupang", capacity)).id());
    }

    /**
     * @param shelter where to place the person
     * @param givenName the person's given name
     * @param familyName the family name
     * @return an Afghan man found on 1 January 2024 and placed there from 1 February 2024
     */
    PersonId placedPerson(ShelterId shelter, String givenName, String familyName) {
        PersonId person = registry.register(new RegisterPerson(givenName, familyName, Sex.MALE, LocalDate.of(1990, 3, 3),
                "AFG", null, null, LocalDate.of(2024, 1, 1))).id();
        db.inTransaction(em -> new DefaultPlacementService(registry, new ShelterRepository(em, OfficeScope.SINGLE_OFFICE),
                new PlacementRepository(em, OfficeScope.SINGLE_OFFICE), AccessScope.EVERYTHING, new AuditedChanges(),
                OfficeScope.SINGLE_OFFICE, OFFICER, VALIDATOR).place(PlacePerson.of(person, shelter, LocalDate.of(2024, 2, 1))));
        return person;
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}

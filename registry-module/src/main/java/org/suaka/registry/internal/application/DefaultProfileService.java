package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.UploadedFiles;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.Photo;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.PersonPhoto;
import org.suaka.registry.internal.domain.ProfileRecord;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Records persons' profiles, keeping the name keys of their other spellings in step, and their photos,
 * checked by content.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultProfileService implements ProfileService {

    private PersonRepository persons;
    private OfficeScope offices;
    private AccessScope scope;
    private AuditedChanges changes;
    private Clock clock;

    private Validator validator;

    public DefaultProfileService() {
        // for CDI
    }

    /**
     * @param persons where persons, profiles and photos are kept
     * @param offices the offices the caller reads and writes for
     * @param scope what the caller may see
     * @param changes where a change leaves the profile as it was, for the audit trail
     * @param clock the clock that says what day it is
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultProfileService(PersonRepository persons, OfficeScope offices, AccessScope scope,
            AuditedChanges changes, Clock clock, Validator validator) {
        this.validator = validator;
        this.persons = persons;
        this.offices = offices;
        this.scope = scope;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PersonProfile profileOf(PersonId personId) {
        readable(personId);
        return persons.profileOf(personId).map(ProfileRecord::toProfile).orElseGet(PersonProfile::empty);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonProfile recordProfile(PersonId personId, PersonProfile profile) {
        Commands.valid(validator, profile);
        if (profile.aliases() == null || profile.languages() == null) {
            throw new InvalidFieldException(profile.aliases() == null ? "aliases" : "languages", "Send a list, empty for none");
        }
        Person person = changeable(personId);
        LocalDate today = LocalDate.now(clock);
        requireBetween("arrivedOn", profile.arrivedOn(), person.toView().dateOfBirth(), today);
        requireBetween("fingerprintTakenOn", profile.fingerprintTakenOn(), person.toView().dateOfBirth(), today);
        ProfileRecord record = persons.profileOf(personId).orElseGet(() -> {
            ProfileRecord fresh = new ProfileRecord(personId);
            persons.add(fresh);
            return fresh;
        });
        changes.before(record.toProfile());
        record.record(profile);
        persons.flush();
        NameKeyIndex.keep(persons, person.toView());
        return record.toProfile();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public void setPhoto(PersonId personId, byte[] content) {
        changeable(personId);
        String mediaType = UploadedFiles.check("photo", content, MAX_PHOTO_BYTES, UploadedFiles.IMAGES).mediaType();
        persons.photoOf(personId).ifPresentOrElse(photo -> photo.replace(mediaType, content),
                () -> persons.add(new PersonPhoto(personId, mediaType, content)));
        persons.flush();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Photo photoOf(PersonId personId) {
        readable(personId);
        return persons.photoOf(personId).map(PersonPhoto::toPhoto)
                .orElseThrow(() -> new RecordNotFoundException("photo", personId.toString()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasPhoto(PersonId personId) {
        readable(personId);
        return persons.hasPhoto(personId);
    }

    private static void requireBetween(String field, LocalDate day, LocalDate born, LocalDate today) {
        if (day != null && (day.isBefore(born) || day.isAfter(today))) {
            throw new InvalidFieldException(field, "'" + field + "' must lie between the date of birth (" + born
                    + ") and today (" + today + ")");
        }
    }

    private Person changeable(PersonId personId) {
        OfficeId mine = offices.writable();
        return persons.findForUpdate(personId).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new PersonNotFoundException(personId));
    }

    private void readable(PersonId personId) {
        persons.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (!scope.allows(DataCategory.IDENTITY)) {
            throw new AccessDeniedException("Your organisation is not granted identity data");
        }
    }
}

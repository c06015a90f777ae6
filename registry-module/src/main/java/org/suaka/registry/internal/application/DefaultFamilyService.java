package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.FamilyMemberView;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.RegisterBirth;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.internal.domain.Family;
import org.suaka.registry.internal.domain.FamilyMember;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.ProfileRecord;
import org.suaka.registry.internal.persistence.FamilyRepository;
import org.suaka.registry.internal.persistence.FamilyRepository.Membership;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Keeps family groups: one head each, every person in one family at most, moves between families of the
 * office, and a family left empty removed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultFamilyService implements FamilyService {

    private FamilyRepository families;
    private PersonRepository persons;
    private PersonService registrations;
    private OfficeScope offices;
    private AccessScope scope;
    private Validator validator;

    public DefaultFamilyService() {
        // for CDI
    }

    /**
     * @param families where families are kept
     * @param persons where persons are kept
     * @param offices the offices the caller reads and writes for
     * @param scope what the caller may see
     * @param validator checks the commands (the container does not on every bean)
     * @param registrations registers the children born to a family
     */
    @Inject
    public DefaultFamilyService(FamilyRepository families, PersonRepository persons, OfficeScope offices,
            AccessScope scope, Validator validator, PersonService registrations) {
        this.families = families;
        this.persons = persons;
        this.registrations = registrations;
        this.offices = offices;
        this.scope = scope;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public FamilyView join(PersonId personId, JoinFamily command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Person person = persons.findForUpdate(personId).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new PersonNotFoundException(personId));
        person.requireUnderSupervision();
        boolean startsFamily = command.familyId() == null;
        if (startsFamily != (command.relationship() == Relationship.HEAD)) {
            throw new InvalidFieldException("relationship", startsFamily
                    ? "A person who starts a family is its head" : "The family has a head already: name how the person"
                            + " is related to the head");
        }
        Family existing = startsFamily ? null : families.find(command.familyId()).filter(f -> f.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("family", command.familyId().toString()));
        Optional<FamilyMember> membership = families.membershipOf(personId);
        Optional<Family> emptied = membership.flatMap(m -> leave(m, existing));
        Family target = existing;
        if (target == null) {
            target = new Family(mine);
            families.add(target);
        }
        UUID familyId = target.id();
        if (membership.isPresent()) {
            membership.get().moveTo(familyId, command.relationship());
        } else {
            families.add(new FamilyMember(familyId, personId, command.relationship()));
        }
        families.flush();
        emptied.ifPresent(families::remove);
        families.flush();
        return view(familyId);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView registerBirth(UUID familyId, RegisterBirth birth) {
        Commands.valid(validator, birth);
        Relationship relationship = birth.relationship() == null ? Relationship.CHILD : birth.relationship();
        if (relationship == Relationship.HEAD) {
            throw new InvalidFieldException("relationship", "A child born to a family does not head it");
        }
        OfficeId mine = offices.writable();
        families.find(familyId).filter(f -> f.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("family", familyId.toString()));
        PersonView head = families.membersOf(Set.of(familyId)).stream()
                .filter(m -> m.member().relationship() == Relationship.HEAD).findFirst()
                .map(m -> m.person().toView()).orElseThrow(() -> new RecordNotFoundException("family", familyId.toString()));
        PersonView child = registrations.register(new RegisterPerson(birth.givenName(), birth.familyName(), birth.sex(),
                birth.dateOfBirth(), head.nationality(), null, head.unhcrCaseNumber(), birth.dateOfBirth()), true);
        persons.findForUpdate(child.id()).orElseThrow().bornUnderSupervision();
        ProfileRecord profile = new ProfileRecord(child.id());
        profile.record(new PersonProfile(List.of(), false, birth.placeOfBirth(), null, null, List.of(), null, null,
                birth.dateOfBirth(), birth.placeOfBirth(), null, null, null, null));
        persons.add(profile);
        families.add(new FamilyMember(familyId, child.id(), relationship));
        families.flush();
        return persons.find(child.id()).orElseThrow().toView();
    }

    /**
     * Checks that a member may leave their family for another.
     *
     * @return the family they leave, when it is left empty and is to be removed once they moved
     */
    private Optional<Family> leave(FamilyMember member, Family target) {
        if (target != null && member.familyId().equals(target.id())) {
            return Optional.empty();
        }
        int size = families.membersOf(Set.of(member.familyId())).size();
        if (member.relationship() == Relationship.HEAD && size > 1) {
            throw new BusinessRuleException("head-has-members", "The person heads a family of " + size
                    + ": move the other members first");
        }
        return size == 1 ? families.find(member.familyId()) : Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<FamilyView> familyOf(PersonId personId) {
        persons.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        requireFamilyData();
        return families.membershipOf(personId).map(m -> view(m.familyId()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<FamilyView> find(UUID familyId) {
        requireFamilyData();
        return families.find(familyId).map(f -> view(f.id()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FamilyView> list(PageRequest page) {
        requireFamilyData();
        List<UUID> ids = families.page(page);
        Map<UUID, List<FamilyMemberView>> members = new LinkedHashMap<>();
        ids.forEach(id -> members.put(id, new ArrayList<>()));
        for (Membership row : families.membersOf(ids)) {
            members.get(row.member().familyId()).add(memberView(row));
        }
        return members.entrySet().stream().map(e -> new FamilyView(e.getKey(), e.getValue())).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<PersonId, Integer> familySizes(Collection<PersonId> personIds) {
        return families.familySizes(personIds);
    }

    private FamilyView view(UUID familyId) {
        return new FamilyView(familyId, families.membersOf(Set.of(familyId)).stream().map(this::memberView).toList());
    }

    private FamilyMemberView memberView(Membership row) {
        return new FamilyMemberView(row.member().personId(),
                row.person().toView().visibleIn(scope.visibleToCaller()).fullName(), row.member().relationship());
    }

    private void requireFamilyData() {
        if (!scope.allows(DataCategory.FAMILY)) {
            throw new AccessDeniedException("Your organisation is not granted family data");
        }
    }
}

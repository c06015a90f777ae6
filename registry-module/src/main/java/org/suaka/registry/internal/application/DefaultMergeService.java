package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.MergeService;
import org.suaka.registry.api.MergedRecordView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.PersonsMerged;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.internal.domain.FamilyMember;
import org.suaka.registry.internal.domain.IdCard;
import org.suaka.registry.internal.domain.Person;
import org.suaka.registry.internal.domain.ProfileRecord;
import org.suaka.registry.internal.persistence.CardRepository;
import org.suaka.registry.internal.persistence.FamilyRepository;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.MergeRepository;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Merges duplicate records of one person in one transaction: the entities first (family, profile, cards,
 * the pointer and the first day of supervision), then the rows that follow the person in bulk, then the
 * {@link PersonsMerged} event for the other modules.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultMergeService implements MergeService {

    private PersonRepository persons;
    private FamilyRepository families;
    private CardRepository cards;
    private MergeRepository merges;
    private OfficeScope offices;
    private AccessScope scope;
    private Event<PersonsMerged> merged;
    private Clock clock;
    private Validator validator;
    private FigureLedger figures;

    public DefaultMergeService() {
        // for CDI
    }

    /**
     * @param persons where persons are kept
     * @param families where families are kept
     * @param cards where ID cards are kept
     * @param merges moves the rows that follow a person
     * @param offices the offices the caller reads and writes for
     * @param scope what the caller may see
     * @param merged tells the other modules of a merge
     * @param clock the clock that says what day it is
     * @param validator checks the commands (the container does not on every bean)
     * @param figures keeps the supervision figures in line with the records, in the same transaction
     */
    @Inject
    public DefaultMergeService(PersonRepository persons, FamilyRepository families, CardRepository cards,
            MergeRepository merges, OfficeScope offices, AccessScope scope, Event<PersonsMerged> merged, Clock clock,
            Validator validator, FigureLedger figures) {
        this.persons = persons;
        this.families = families;
        this.cards = cards;
        this.merges = merges;
        this.offices = offices;
        this.scope = scope;
        this.merged = merged;
        this.clock = clock;
        this.validator = validator;
        this.figures = figures;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PersonView merge(PersonId survivorId, MergePersons command) {
        Commands.valid(validator, command);
        if (survivorId.equals(command.duplicate())) {
            throw new InvalidFieldException("duplicate", "A record cannot be merged into itself");
        }
        OfficeId mine = offices.writable();
        Person survivor = writable(survivorId, mine);
        Person duplicate = persons.findForUpdate(command.duplicate())
                .orElseThrow(() -> new PersonNotFoundException(command.duplicate()));
        LocalDate today = LocalDate.now(clock);
        duplicate.mergeInto(survivor, command.note());
        if (survivor.unhcrNumber() == null && duplicate.unhcrNumber() != null) {
            String number = duplicate.releaseUnhcrNumber();
            persons.flush();
            survivor.takeUnhcrNumber(number);
        }
        takeFamily(duplicate, survivor);
        takeProfile(duplicate, survivor);
        if (!cards.unrevokedOf(survivorId).isEmpty()) {
            cards.unrevokedOf(duplicate.id()).forEach(card -> card.revoke(today, IdCard.MERGED));
        }
        persons.staysOf(survivor).stream().findFirst().ifPresent(first -> first.beginOn(survivor.supervisedFrom()));
        persons.flush();
        persons.replaceNameKeys(duplicate.id(), Set.of(), duplicate.toView().dateOfBirth().getYear());
        NameKeyIndex.keep(persons, survivor.toView());
        merges.dropStays(duplicate);
        merges.moveRecords(duplicate.id(), survivorId);
        merges.movePhotoIfNone(duplicate.id(), survivorId);
        figures.refresh(List.of(survivorId, duplicate.id()));
        merged.fire(new PersonsMerged(survivorId, duplicate.id(), today));
        return persons.find(survivorId).orElseThrow().toView();
    }

    private Person writable(PersonId id, OfficeId mine) {
        return persons.findForUpdate(id).filter(p -> p.office().equals(mine))
                .orElseThrow(() -> new PersonNotFoundException(id));
    }

    /**
     * The survivor joins the duplicate's family in its place when it has none; otherwise the duplicate leaves
     * its family, which is removed when it is left empty.
     */
    private void takeFamily(Person duplicate, Person survivor) {
        Optional<FamilyMember> membership = families.membershipOf(duplicate.id());
        if (membership.isEmpty()) {
            return;
        }
        FamilyMember member = membership.get();
        if (families.membershipOf(survivor.id()).isEmpty()) {
            families.remove(member);
            families.flush();
            families.add(new FamilyMember(member.familyId(), survivor.id(), member.relationship()));
            return;
        }
        int size = families.membersOf(Set.of(member.familyId())).size();
        if (member.relationship() == Relationship.HEAD && size > 1) {
            throw new BusinessRuleException("head-has-members", "The duplicate heads a family of " + size
                    + " and the survivor belongs to another: move the members first");
        }
        families.remove(member);
        families.flush();
        if (size == 1) {
            families.find(member.familyId()).ifPresent(families::remove);
        }
    }

    /** The survivor's profile takes on the duplicate's names as other spellings and the facts it lacks. */
    private void takeProfile(Person duplicate, Person survivor) {
        Optional<ProfileRecord> theirs = persons.profileOf(duplicate.id());
        List<String> names = new ArrayList<>();
        names.add(duplicate.toView().fullName());
        theirs.ifPresent(p -> names.addAll(p.aliases()));
        names.remove(survivor.toView().fullName());
        ProfileRecord ours = persons.profileOf(survivor.id()).orElseGet(() -> {
            ProfileRecord fresh = new ProfileRecord(survivor.id());
            persons.add(fresh);
            return fresh;
        });
        ours.absorb(names, theirs.orElse(null));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MergedRecordView> mergedInto(PersonId personId) {
        Person person = persons.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        var visible = scope.visibleToCaller();
        return merges.mergedInto(person.id()).stream().map(p -> new MergedRecordView(p.id(),
                p.toView().visibleIn(visible).fullName(), p.mergeNote(), p.stamp().changedBy(), p.stamp().changedAt()))
                .toList();
    }
}

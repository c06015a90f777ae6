package org.suaka.shelter.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.shelter.api.AbsenceAlert;
import org.suaka.shelter.api.CheckSummary;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.api.MarkPerson;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.PresenceLine;
import org.suaka.shelter.api.PresenceService;
import org.suaka.shelter.api.PresenceSheet;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterNotFoundException;
import org.suaka.shelter.api.SubmitPresence;
import org.suaka.shelter.internal.domain.ExitPermit;
import org.suaka.shelter.internal.domain.Placement;
import org.suaka.shelter.internal.domain.PresenceCheck;
import org.suaka.shelter.internal.domain.PresenceMark;
import org.suaka.shelter.internal.domain.Shelter;
import org.suaka.shelter.internal.persistence.PlacementRepository;
import org.suaka.shelter.internal.persistence.PresenceRepository;
import org.suaka.shelter.internal.persistence.ShelterRepository;

/**
 * Presence checks: the sheet of a shelter and day from its placements, marks suggested from exit permits
 * and the registry's status, saved as one submission under the check's lock and version; absences without a
 * permit flagged, with their run counted from the person's previous check.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultPresenceService implements PresenceService {

    private ShelterRepository shelters;
    private PlacementRepository placements;
    private PresenceRepository presence;
    private PersonService persons;
    private OfficeScope offices;
    private Clock clock;
    private Validator validator;

    public DefaultPresenceService() {
        // for CDI
    }

    /**
     * @param shelters where shelters are kept
     * @param placements who is expected where
     * @param presence where checks are kept
     * @param persons the registry, for whom it says is in hospital
     * @param offices the offices the caller reads and writes for
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultPresenceService(ShelterRepository shelters, PlacementRepository placements, PresenceRepository presence,
            PersonService persons, OfficeScope offices, Clock clock, Validator validator) {
        this.shelters = shelters;
        this.placements = placements;
        this.presence = presence;
        this.persons = persons;
        this.offices = offices;
        this.clock = clock;
        this.validator = validator;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PresenceSheet sheet(ShelterId shelterId, LocalDate day) {
        Shelter shelter = shelters.find(shelterId).orElseThrow(() -> new ShelterNotFoundException(shelterId));
        List<Placement> expected = placements.openIn(shelterId, day);
        List<PersonId> ids = expected.stream().map(Placement::personId).toList();
        Map<PersonId, ExitPermit> away = presence.permitsCovering(ids, day);
        LocalDateTime now = LocalDateTime.now(clock);
        var check = presence.find(shelterId, day, false);
        if (check.isPresent()) {
            Map<PersonId, PresenceMark> marks = presence.marksOf(check.get().id());
            List<PresenceLine> lines = expected.stream().map(p -> {
                PresenceMark mark = marks.get(p.personId());
                return line(p, mark == null ? Mark.PRESENT : mark.mark(), away.get(p.personId()), now,
                        mark != null && mark.flagged(), mark == null ? 0 : mark.absentStreak());
            }).toList();
            return new PresenceSheet(check.get().id(), shelterId, shelter.name(), day, check.get().takenBy(), lines,
                    check.get().currentVersion());
        }
        Set<PersonId> inHospital = persons.findEach(ids).values().stream()
                .filter(p -> p.status() == SupervisionStatus.OUTSIDE_SHELTER).map(PersonView::id).collect(Collectors.toSet());
        List<PresenceLine> lines = expected.stream().map(p -> {
            ExitPermit permit = away.get(p.personId());
            Mark suggested = permit != null ? Mark.PERMITTED_LEAVE
                    : inHospital.contains(p.personId()) ? Mark.HOSPITAL : Mark.PRESENT;
            return line(p, suggested, permit, now, false, 0);
        }).toList();
        return new PresenceSheet(null, shelterId, shelter.name(), day, null, lines, null);
    }

    private static PresenceLine line(Placement placement, Mark mark, ExitPermit permit, LocalDateTime now, boolean flagged,
            int streak) {
        PermitView view = permit == null ? null : permit.toView(now);
        return new PresenceLine(placement.personId(), placement.toView().unitName(), mark, view == null ? null : view.id(),
                view != null && view.overdue(), flagged, streak);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public PresenceSheet submit(SubmitPresence command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Shelter shelter = shelters.findForUpdate(command.shelterId()).filter(s -> s.office().equals(mine))
                .orElseThrow(() -> new ShelterNotFoundException(command.shelterId()));
        shelter.requireOpenOn(command.day());
        Set<PersonId> expected = placements.openIn(command.shelterId(), command.day()).stream().map(Placement::personId)
                .collect(Collectors.toSet());
        Map<PersonId, Mark> marks = new java.util.HashMap<>();
        for (MarkPerson mark : command.marks()) {
            if (marks.put(mark.personId(), mark.mark()) != null) {
                throw new InvalidFieldException("marks", "Each person is marked once; " + mark.personId() + " twice");
            }
        }
        if (!marks.keySet().equals(expected)) {
            throw new InvalidFieldException("marks", "Mark the " + expected.size() + " persons placed in " + shelter.name()
                    + " on " + command.day() + ", each once: " + marks.size() + " marks were sent");
        }
        PresenceCheck check = presence.find(command.shelterId(), command.day(), true).map(taken -> {
            if (command.version() == null) {
                throw new BusinessRuleException("presence-checked", "The check of " + shelter.name() + " on "
                        + command.day() + " was saved by " + taken.takenBy() + " meanwhile: open it again");
            }
            taken.resubmitted(command.version());
            presence.removeMarks(taken.id());
            return taken;
        }).orElseGet(() -> {
            PresenceCheck fresh = new PresenceCheck(mine, command.shelterId(), command.day());
            presence.add(fresh);
            return fresh;
        });
        Map<PersonId, ExitPermit> away = presence.permitsCovering(expected, command.day());
        Map<PersonId, Integer> before = presence.streaksBefore(expected, command.day());
        Map<PersonId, Integer> runs = new java.util.HashMap<>();
        marks.forEach((person, mark) -> {
            boolean flagged = mark == Mark.ABSENT && !away.containsKey(person);
            int streak = flagged ? before.getOrDefault(person, 0) + 1 : 0;
            presence.add(new PresenceMark(check, command.shelterId().toString(), person, mark, flagged, streak));
            runs.put(person, streak);
        });
        for (PresenceMark later : presence.marksAfter(expected, command.day())) {
            runs.put(later.personId(), later.followOn(runs.get(later.personId())));
        }
        presence.flush();
        return sheet(command.shelterId(), command.day());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CheckSummary> month(YearMonth month) {
        Map<CheckKey, long[]> checks = new java.util.LinkedHashMap<>();
        for (PresenceRepository.MarkCount count : presence.countMarks(month.atDay(1), month.atEndOfMonth())) {
            long[] sums = checks.computeIfAbsent(new CheckKey(count.shelterId(), count.day()), k -> new long[6]);
            sums[0] += count.count();
            sums[1 + count.mark().ordinal()] += count.count();
            sums[5] += count.flagged();
        }
        List<CheckSummary> summaries = new ArrayList<>();
        checks.forEach((check, sums) -> summaries.add(new CheckSummary(shelters.find(check.shelterId()).map(Shelter::name)
                .orElse(""), check.day(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5])));
        summaries.sort(java.util.Comparator.comparing(CheckSummary::shelterName).thenComparing(CheckSummary::day));
        return summaries;
    }

    /** One check: a shelter on a day. */
    private record CheckKey(ShelterId shelterId, LocalDate day) {
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<AbsenceAlert> alerts(PageRequest page) {
        Commands.valid(validator, page);
        return presence.alerts(ALERT_STREAK, page).map(streak -> new AbsenceAlert(streak.personId(), streak.shelterId(),
                shelters.find(streak.shelterId()).map(Shelter::name).orElse(""), streak.day(), streak.absentStreak()));
    }
}

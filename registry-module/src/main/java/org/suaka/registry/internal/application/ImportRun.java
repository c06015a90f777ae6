package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportParticipant;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.internal.domain.ImportJobRow.Result;

/**
 * One pass over a file's rows, in the file's order: each row judged with the registration form's rules and
 * the registry's duplicate detection, and, when applying, registered, linked or skipped as decided. It
 * remembers the persons of the rows it has seen, so that a row repeating an earlier one is found.
 */
final class ImportRun {

    private final PersonService persons;
    private final Validator validator;
    private final ImportProblems says;
    private final Locale language;
    private final List<ImportParticipant> participants;
    private final Set<String> seen = new HashSet<>();
    /** The line of the head of each family group seen. */
    private final Map<String, Integer> heads = new HashMap<>();

    /**
     * @param persons the registry's person service
     * @param validator the registration form's constraints
     * @param language the language of the reasons a row is refused for
     * @param participants the other modules that check and write their fields of a row
     */
    ImportRun(PersonService persons, Validator validator, Locale language, List<ImportParticipant> participants) {
        this.persons = persons;
        this.validator = validator;
        this.language = language;
        this.says = new ImportProblems(language);
        this.participants = List.copyOf(participants);
    }

    /**
     * What became of an applied row.
     *
     * @param verdict its verdict when applied; a refused row's carries the reasons
     * @param result what it became
     * @param person the person registered or linked, else null
     */
    record Applied(ImportVerdict verdict, Result result, PersonId person) {
    }

    /**
     * @param row the next row of the file
     * @return its verdict; nothing is written
     */
    ImportVerdict judge(ImportRow row) {
        List<String> problems = new ArrayList<>();
        Optional<RegisterPerson> read = ImportRowReader.read(row, problems, says);
        String name = nameOf(row);
        if (read.isEmpty()) {
            return invalid(row, problems, name);
        }
        RegisterPerson draft = read.get();
        for (ConstraintViolation<RegisterPerson> violation : validator.validate(draft)) {
            problems.add(says.of(violation));
        }
        ImportRowReader.document(row, problems, says)
                .ifPresent(document -> validator.validate(document).forEach(violation -> problems.add(says.of(violation))));
        participants.forEach(participant -> participant.check(row, language, problems));
        String group = row.text(ImportField.FAMILY_GROUP);
        if (group != null && ImportRowReader.relationship(row).orElse(null) == Relationship.HEAD) {
            Integer head = heads.putIfAbsent(group, row.line());
            if (head != null && head != row.line()) {
                problems.add(says.of("relationship", "relationship.secondHead", group, head));
            }
        }
        if (!problems.isEmpty()) {
            return invalid(row, problems, name);
        }
        List<DuplicateCandidate> candidates;
        try {
            candidates = persons.duplicateCandidates(draft);
        } catch (InvalidFieldException e) {
            return invalid(row, List.of(says.said(e.field(), e.getMessage())), name);
        }
        if (!seen.add(ImportRowReader.sameness(draft))) {
            return new ImportVerdict(row.line(), ImportOutcome.REPEATED, List.of(), name, null, ImportDecision.SKIP);
        }
        Optional<DuplicateCandidate> probable = candidates.stream().filter(c -> c.score() >= DuplicateCandidate.PROBABLE)
                .max(Comparator.comparingInt(DuplicateCandidate::score));
        return probable.map(c -> new ImportVerdict(row.line(), ImportOutcome.DUPLICATE, List.of(), name, c, ImportDecision.LINK))
                .orElseGet(() -> new ImportVerdict(row.line(), ImportOutcome.NEW, List.of(), name, null, ImportDecision.CREATE));
    }

    /**
     * Remembers a row applied before (by a job stopped half-way), so that a later row repeating it is found.
     *
     * @param row a row of the file
     */
    void remember(ImportRow row) {
        ImportRowReader.read(row, new ArrayList<>(), says).ifPresent(draft -> seen.add(ImportRowReader.sameness(draft)));
    }

    /**
     * Judges the row again (the registry may have changed since the preview) and does what was decided: a
     * registration is a transaction of its own.
     *
     * @param row the next row of the file
     * @param decision the officer's decision, or null for the verdict's suggestion
     * @return what became of it
     */
    Applied apply(ImportRow row, ImportDecision decision) {
        ImportVerdict verdict = judge(row);
        ImportDecision taken = decision == null ? verdict.suggested() : decision;
        if (verdict.outcome() == ImportOutcome.INVALID) {
            return new Applied(verdict, Result.REFUSED, null);
        }
        if (verdict.outcome() == ImportOutcome.REPEATED || taken == ImportDecision.SKIP
                || taken == ImportDecision.LINK && verdict.candidate() == null) {
            return new Applied(verdict, Result.SKIPPED, null);
        }
        if (taken == ImportDecision.LINK) {
            return new Applied(verdict, Result.LINKED, verdict.candidate().personId());
        }
        try {
            PersonId created = persons.register(ImportRowReader.read(row, new ArrayList<>(), says).orElseThrow(), true).id();
            return new Applied(verdict, Result.CREATED, created);
        } catch (InvalidFieldException e) {
            return new Applied(refusal(verdict, says.said(e.field(), e.getMessage())), Result.REFUSED, null);
        } catch (BusinessRuleException e) {
            return new Applied(refusal(verdict, says.said(e.rule(), e.getMessage())), Result.REFUSED, null);
        }
    }

    /**
     * Lets the other modules write their fields of the row about the person registered from it, in the
     * registration's transaction.
     *
     * @param person the person registered
     * @param row the row
     */
    void registered(PersonId person, ImportRow row) {
        participants.forEach(participant -> participant.registered(person, row));
    }

    /**
     * @param key what is wrong with a family group, a key of the reasons' bundle
     * @param arguments the values the text quotes
     * @return the reason, in the officer's language
     */
    String groupProblem(String key, Object... arguments) {
        return says.of("familyGroup", key, arguments);
    }

    private static ImportVerdict refusal(ImportVerdict verdict, String problem) {
        return new ImportVerdict(verdict.line(), ImportOutcome.INVALID, List.of(problem), verdict.name(), null, ImportDecision.SKIP);
    }

    /** The row's name as typed, for the officer to recognise it; null when it has none. */
    private static String nameOf(ImportRow row) {
        String given = row.text(ImportField.GIVEN_NAME);
        String family = row.text(ImportField.FAMILY_NAME);
        return given == null ? family : family == null ? given : given + " " + family;
    }

    private static ImportVerdict invalid(ImportRow row, List<String> problems, String name) {
        return new ImportVerdict(row.line(), ImportOutcome.INVALID, problems, name, null, ImportDecision.SKIP);
    }
}

package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportResult;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.RegisterPerson;

/**
 * Previews and applies imports through the person service itself, so that an imported person passes every
 * rule a registered one does and is audited as one. It holds no transaction of its own: each registration
 * is one, and a refused row leaves the rows before and after it written.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultImportService implements ImportService {

    private PersonService persons;
    private Validator validator;

    public DefaultImportService() {
        // for CDI
    }

    /**
     * @param persons the registry's person service
     * @param validator the registration form's constraints
     */
    @Inject
    public DefaultImportService(PersonService persons, Validator validator) {
        this.persons = persons;
        this.validator = validator;
    }

    @Override
    public List<ImportVerdict> preview(List<ImportRow> rows) {
        Set<String> seen = new HashSet<>();
        List<ImportVerdict> verdicts = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            verdicts.add(judge(row, seen));
        }
        return verdicts;
    }

    @Audited(write = true)
    @Override
    public ImportResult apply(String source, List<ImportRow> rows, Map<Integer, ImportDecision> decisions) {
        Set<String> seen = new HashSet<>();
        List<PersonId> createdIds = new ArrayList<>();
        int linked = 0;
        int skipped = 0;
        List<ImportVerdict> refused = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportVerdict verdict = judge(row, seen);
            ImportDecision decision = decisions.getOrDefault(row.line(), verdict.suggested());
            if (verdict.outcome() == ImportOutcome.INVALID) {
                refused.add(verdict);
            } else if (verdict.outcome() == ImportOutcome.REPEATED || decision == ImportDecision.SKIP
                    || decision == ImportDecision.LINK && verdict.candidate() == null) {
                skipped++;
            } else if (decision == ImportDecision.LINK) {
                linked++;
            } else {
                try {
                    createdIds.add(persons.register(ImportRowReader.read(row, new ArrayList<>()).orElseThrow(), true).id());
                } catch (InvalidFieldException e) {
                    refused.add(refusal(row, verdict, e.field() + ": " + e.getMessage()));
                } catch (BusinessRuleException e) {
                    refused.add(refusal(row, verdict, e.rule() + ": " + e.getMessage()));
                }
            }
        }
        return new ImportResult(source, createdIds, createdIds.size(), linked, skipped, refused);
    }

    private static ImportVerdict refusal(ImportRow row, ImportVerdict verdict, String problem) {
        return new ImportVerdict(row.line(), ImportOutcome.INVALID, List.of(problem), verdict.name(), null, ImportDecision.SKIP);
    }

    /** A row's verdict; {@code seen} collects the persons of the file's earlier rows. */
    private ImportVerdict judge(ImportRow row, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        Optional<RegisterPerson> read = ImportRowReader.read(row, problems);
        String name = nameOf(row);
        if (read.isEmpty()) {
            return invalid(row, problems, name);
        }
        RegisterPerson draft = read.get();
        for (ConstraintViolation<RegisterPerson> violation : validator.validate(draft)) {
            problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        if (!problems.isEmpty()) {
            return invalid(row, problems, name);
        }
        List<DuplicateCandidate> candidates;
        try {
            candidates = persons.duplicateCandidates(draft);
        } catch (InvalidFieldException e) {
            return invalid(row, List.of(e.field() + ": " + e.getMessage()), name);
        }
        if (!seen.add(ImportRowReader.sameness(draft))) {
            return new ImportVerdict(row.line(), ImportOutcome.REPEATED, List.of(), name, null, ImportDecision.SKIP);
        }
        Optional<DuplicateCandidate> probable = candidates.stream().filter(c -> c.score() >= DuplicateCandidate.PROBABLE)
                .max(java.util.Comparator.comparingInt(DuplicateCandidate::score));
        return probable.map(c -> new ImportVerdict(row.line(), ImportOutcome.DUPLICATE, List.of(), name, c, ImportDecision.LINK))
                .orElseGet(() -> new ImportVerdict(row.line(), ImportOutcome.NEW, List.of(), name, null, ImportDecision.CREATE));
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

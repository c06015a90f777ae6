package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportResult;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportService;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;

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
        ImportRun run = new ImportRun(persons, validator, Locale.ENGLISH, List.of());
        return rows.stream().map(run::judge).toList();
    }

    @Audited(write = true)
    @Override
    public ImportResult apply(String source, List<ImportRow> rows, Map<Integer, ImportDecision> decisions) {
        ImportRun run = new ImportRun(persons, validator, Locale.ENGLISH, List.of());
        List<PersonId> createdIds = new ArrayList<>();
        int linked = 0;
        int skipped = 0;
        List<ImportVerdict> refused = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportRun.Applied applied = run.apply(row, decisions.get(row.line()));
            switch (applied.result()) {
                case CREATED -> createdIds.add(applied.person());
                case LINKED -> linked++;
                case SKIPPED -> skipped++;
                case REFUSED -> refused.add(applied.verdict());
            }
        }
        return new ImportResult(source, createdIds, createdIds.size(), linked, skipped, refused);
    }
}

package org.suaka.registry.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.internal.domain.ImportJobRow.Result;
import org.suaka.registry.internal.domain.ImportJobRow;
import org.suaka.registry.internal.persistence.ImportJobs;

/**
 * Imports a row, or the rows of one family group, in one transaction: each row registered (with its identity
 * document and what the other modules write of it, such as its placement) or linked as decided, then a group's members made one family (the
 * row that says it is the head heads it, else the first; a member the registry already places in a family brings
 * the others into it). What became of each row is kept in the same transaction. A row refused rolls the whole
 * group back.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class ImportGroupWriter {

    @Inject
    FamilyService families;

    @Inject
    ImportJobs jobs;

    @Inject
    DocumentService documents;

    /** A row of the group was refused: nothing of the group is written. */
    @ApplicationException(rollback = true)
    public static class GroupRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** The refused row's reasons. */
        private final List<String> reasons;

        /**
         * @param line the refused row's line
         * @param reasons its reasons
         */
        GroupRefused(int line, List<String> reasons) {
            super(line + ": " + String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        /** @return the refused row's reasons */
        public List<String> reasons() {
            return reasons;
        }
    }

    /**
     * @param run the import's pass over its file
     * @param rows a row, or the group's rows not applied yet, in the file's order; each is given what became of it
     * @throws GroupRefused when a row is refused, with its line and reasons
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(ImportRun run, List<ImportJobRow> rows) {
        List<ImportJobRow> members = new ArrayList<>();
        for (ImportJobRow row : rows) {
            ImportRun.Applied applied = run.apply(row.row(), row.decision());
            if (applied.result() == Result.REFUSED) {
                throw new GroupRefused(row.line(), applied.verdict().problems());
            }
            if (applied.result() == Result.CREATED) {
                ImportRowReader.document(row.row(), new ArrayList<>(), ImportProblems.silent())
                        .ifPresent(document -> documents.record(applied.person(), document));
                run.registered(applied.person(), row.row());
            }
            row.applied(applied.result(), applied.person());
            if (applied.person() != null) {
                members.add(row);
            }
        }
        if (members.size() > 1) {
            makeFamily(members);
        }
        jobs.keep(rows);
    }

    private void makeFamily(List<ImportJobRow> members) {
        Optional<FamilyView> existing = members.stream().filter(m -> m.result() == Result.LINKED)
                .map(m -> families.familyOf(m.person())).flatMap(Optional::stream).findFirst();
        ImportJobRow head = members.stream().filter(m -> relationship(m) == Relationship.HEAD).findFirst().orElse(members.get(0));
        java.util.UUID familyId;
        if (existing.isPresent()) {
            familyId = existing.get().id();
        } else {
            familyId = families.join(head.person(), new JoinFamily(null, Relationship.HEAD)).id();
        }
        for (ImportJobRow member : members) {
            boolean inFamily = families.familyOf(member.person()).map(f -> f.id().equals(familyId)).orElse(false);
            if (!inFamily) {
                Relationship relationship = relationship(member);
                families.join(member.person(), new JoinFamily(familyId, relationship == null || relationship == Relationship.HEAD
                        ? Relationship.OTHER_RELATIVE : relationship));
            }
        }
    }

    private static Relationship relationship(ImportJobRow row) {
        return ImportRowReader.relationship(row.row()).orElse(null);
    }
}

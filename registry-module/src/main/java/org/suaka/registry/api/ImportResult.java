package org.suaka.registry.api;

import java.util.List;

/**
 * What an import wrote; the audit trail keeps it whole, so that it says which file made which persons.
 *
 * @param source the file, as the caller names it: its name and its SHA-256
 * @param createdIds the persons registered
 * @param created how many persons were registered
 * @param linked how many rows were taken as persons the registry holds
 * @param skipped how many rows were left out, by the officer's decision or as repeated
 * @param refused the rows refused, with their reasons; nothing of them was written
 */
public record ImportResult(String source, List<PersonId> createdIds, int created, int linked, int skipped,
        List<ImportVerdict> refused) {

    public ImportResult {
        createdIds = List.copyOf(createdIds);
        refused = List.copyOf(refused);
    }
}

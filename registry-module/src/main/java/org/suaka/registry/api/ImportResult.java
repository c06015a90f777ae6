package org.suaka.registry.api;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param created how many persons were registered
 * @param linked how many rows were taken as persons the registry holds
 * @param skipped how many rows were left out, by the officer's decision or as repeated
 * @param refused the rows refused, with their reasons; nothing of them was written
 */
public record ImportResult(int created, int linked, int skipped, List<ImportVerdict> refused) {

    public ImportResult {
        refused = List.copyOf(refused);
    }
}

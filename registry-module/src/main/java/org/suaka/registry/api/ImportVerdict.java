package org.suaka.registry.api;

import java.util.List;

/**
 * What the preview found of one row.
 *
 * @param line the row's line in the file
 * @param outcome new, duplicate, repeated or invalid
 * @param problems for an invalid row, each reason as {@code field: message}; empty otherwise
 * @param name the row's name as it would be registered, or null when it has none
 * @param candidate for a duplicate, the registered person it probably is; null otherwise
 * @param suggested what happens to the row unless the officer decides otherwise
 */
public record ImportVerdict(int line, ImportOutcome outcome, List<String> problems, String name, DuplicateCandidate candidate,
        ImportDecision suggested) {

    public ImportVerdict {
        problems = List.copyOf(problems);
    }
}

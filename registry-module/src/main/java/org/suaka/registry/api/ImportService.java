package org.suaka.registry.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Takes in persons from the spreadsheets offices keep: every row checked with the rules of the registration
 * form and matched against the registry with its duplicate detection before anything is written, then the
 * rows the officer confirms registered. Importing the same file again creates nobody new: its rows are found
 * as the persons they created.
 */
public interface ImportService {

    /** The most rows one import takes. */
    int MAX_ROWS = 100_000;

    /**
     * @param rows the file's rows, at most {@link #MAX_ROWS}
     * @return a verdict per row, in the file's order; nothing is written
     */
    List<ImportVerdict> preview(@NotNull @Size(max = MAX_ROWS) List<@NotNull @Valid ImportRow> rows);

    /**
     * Registers the rows to create, each on its own so that a refused row leaves the others written.
     *
     * @param source the file, e.g. its name and SHA-256, for the audit trail
     * @param rows the file's rows, as previewed
     * @param decisions the officer's decision per line; a line left out follows the preview's suggestion
     * @return what was written and what was refused
     */
    ImportResult apply(@NotNull @Size(max = 300) String source, @NotNull @Size(max = MAX_ROWS) List<@NotNull @Valid ImportRow> rows,
            @NotNull Map<Integer, ImportDecision> decisions);
}

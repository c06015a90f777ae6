package org.suaka.registry.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The column mappings an office saved by name, so that the next file of a known shape is read at once. */
public interface ImportMappingService {

    /** @return the office's mappings, by name */
    List<ImportMapping> mappings();

    /**
     * Saves a mapping, replacing the office's mapping of the same name.
     *
     * @param mapping the mapping; it must say which column holds the given name
     * @return it, saved
     */
    ImportMapping save(@NotNull @Valid ImportMapping mapping);
}

package org.suaka.registry.api;

import java.util.List;
import java.util.Locale;

/**
 * A module's part in an import job: it checks the fields of a row that are its own (a shelter checks the
 * shelter a row names), and, when the row registers a person, writes what those fields say (the shelter places
 * them) in the same transaction as the registration, so that the row is imported whole or not at all.
 * Implementations are CDI beans; the registry finds them without depending on their module.
 */
public interface ImportParticipant {

    /**
     * Checks the row's fields this module owns; called in the preview and again when the row is applied.
     *
     * @param row a row of the file
     * @param language the language its reasons are written in
     * @param problems where each reason goes, as {@code field: what is wrong}
     */
    void check(ImportRow row, Locale language, List<String> problems);

    /**
     * Writes what the row's fields say about the person just registered from it, in the registration's
     * transaction; an exception refuses the row (and its family group).
     *
     * @param person the person registered
     * @param row the row
     */
    void registered(PersonId person, ImportRow row);
}

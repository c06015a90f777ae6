package org.suaka.web.rest;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.Vulnerability;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;

/**
 * The filter of the person list as the API's query parameters give it, shared by the list and its export:
 * each parameter checked (a 400 naming it), a shelter turned into its occupants of today.
 *
 * @param name part of a name
 * @param nationality an ISO 3166-1 alpha-3 code
 * @param status a supervision status
 * @param vulnerability a specific need
 * @param number a UNHCR, document or card number, exactly
 * @param family a family's id
 * @param shelter a shelter's id
 */
record PersonFilter(String name, String nationality, String status, String vulnerability, String number, String family,
        String shelter) {

    /** The longest number searched for. */
    static final int MAX_NUMBER = 40;

    /**
     * @param placements the shelter module, for the occupants of a shelter
     * @param today the office's day
     * @return the search of a page, by name
     */
    Function<PageRequest, PersonSearch> search(PlacementService placements, LocalDate today) {
        if (number != null && number.strip().length() > MAX_NUMBER) {
            throw new InvalidFieldException("number", "A number has at most " + MAX_NUMBER + " characters");
        }
        Set<PersonId> placed = blank(shelter) ? null : placements.occupants(new ShelterId(Codes.uuid("shelter", shelter)), today)
                .stream().map(PlacementView::personId).collect(Collectors.toSet());
        UUID familyId = blank(family) ? null : Codes.uuid("family", family);
        SupervisionStatus inStatus = Codes.parse("status", status, SupervisionStatus.class);
        Vulnerability need = Codes.parse("vulnerability", vulnerability, Vulnerability.class);
        return page -> new PersonSearch(name, nationality, inStatus, need, number, familyId, placed, PersonSearch.Sort.NAME, false,
                page);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

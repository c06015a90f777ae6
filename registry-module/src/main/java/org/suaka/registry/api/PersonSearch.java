package org.suaka.registry.api;

import java.util.Set;
import java.util.UUID;

import org.suaka.platform.api.PageRequest;

/**
 * A filter over registered persons for list screens.
 *
 * @param nameContains the beginnings of words of the person's names or other spellings, in any order, without
 *     regard to case, accents or apostrophes, and in any usual transliteration when a word has three
 *     consonants or more ("Muhammed Karimy" finds Mohammad Karimi); empty for all
 * @param nationality an ISO 3166-1 alpha-3 code; empty for all
 * @param status the supervision status; null for all
 * @param vulnerability a specific need the persons have; null for all
 * @param number a UNHCR individual or case number, an identity document's number or an ID card's number,
 *     exactly; empty for all
 * @param familyId the family the persons belong to; null for all
 * @param within only these persons, e.g. the occupants of a shelter as the web layer had them from the shelter
 *     module; null for all, empty for none
 * @param sort the order of the result
 * @param descending whether the order is reversed
 * @param page which slice of the sorted result to return
 */
public record PersonSearch(String nameContains, String nationality, SupervisionStatus status,
        Vulnerability vulnerability, String number, UUID familyId, Set<PersonId> within, Sort sort,
        boolean descending, PageRequest page) {

    public PersonSearch {
        sort = sort == null ? Sort.NAME : sort;
        page = page == null ? PageRequest.first() : page;
        within = within == null ? null : Set.copyOf(within);
    }

    /**
     * A search by name, nationality, status and need.
     *
     * @param nameContains part of a name, or empty
     * @param nationality a nationality code, or empty
     * @param status a supervision status, or null
     * @param vulnerability a specific need, or null
     * @param sort the order
     * @param descending whether the order is reversed
     * @param page which slice to return
     */
    public PersonSearch(String nameContains, String nationality, SupervisionStatus status, Vulnerability vulnerability,
            Sort sort, boolean descending, PageRequest page) {
        this(nameContains, nationality, status, vulnerability, null, null, null, sort, descending, page);
    }

    /**
     * A search by name and nationality, sorted by name.
     *
     * @param nameContains part of a name, or empty
     * @param nationality a nationality code, or empty
     * @param page which slice to return
     */
    public PersonSearch(String nameContains, String nationality, PageRequest page) {
        this(nameContains, nationality, Sort.NAME, false, page);
    }

    /**
     * A search by name and nationality, in any order.
     *
     * @param nameContains part of a name, or empty
     * @param nationality a nationality code, or empty
     * @param sort the order
     * @param descending whether the order is reversed
     * @param page which slice to return
     */
    public PersonSearch(String nameContains, String nationality, Sort sort, boolean descending, PageRequest page) {
        this(nameContains, nationality, null, null, sort, descending, page);
    }

    /** The orders a list of persons can be sorted in. */
    public enum Sort {
        /** Family name, then given name. */
        NAME,
        /** Nationality, then name. */
        NATIONALITY,
        /** Date of birth, then name. */
        DATE_OF_BIRTH,
        /** First day of supervision, then name. */
        SUPERVISED_FROM
    }
}

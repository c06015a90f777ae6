package org.suaka.registry.api;

import org.suaka.platform.api.PageRequest;

/**
 * A filter over registered persons for list screens.
 *
 * @param nameContains part of the given or family name, case-insensitive; empty for all
 * @param nationality an ISO 3166-1 alpha-3 code; empty for all
 * @param page which slice of the sorted result to return
 */
public record PersonSearch(String nameContains, String nationality, PageRequest page) {

    public PersonSearch {
        page = page == null ? PageRequest.first() : page;
    }
}

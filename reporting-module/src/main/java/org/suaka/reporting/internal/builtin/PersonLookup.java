package org.suaka.reporting.internal.builtin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;

/** Reads many persons from the registry in the slices its api takes at once. */
final class PersonLookup {

    private PersonLookup() {
    }

    /**
     * @param persons the registry
     * @param ids the persons wanted, any number
     * @return those the caller may read, by the id asked for
     */
    static Map<PersonId, PersonView> all(PersonService persons, List<PersonId> ids) {
        List<PersonId> distinct = ids.stream().distinct().toList();
        Map<PersonId, PersonView> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += PageRequest.MAX_LIMIT) {
            found.putAll(persons.findAll(distinct.subList(from, Math.min(distinct.size(), from + PageRequest.MAX_LIMIT))));
        }
        return found;
    }
}

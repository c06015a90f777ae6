package org.suaka.registry.internal.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.suaka.registry.api.PersonView;
import org.suaka.registry.internal.domain.NameKeys;
import org.suaka.registry.internal.domain.ProfileRecord;
import org.suaka.registry.internal.persistence.PersonRepository;

/** Keeps a person's name keys in step with their name and its other spellings (their profile's aliases). */
final class NameKeyIndex {

    private NameKeyIndex() {
    }

    /**
     * @param persons where the keys are kept
     * @param person the person as they are now
     */
    static void keep(PersonRepository persons, PersonView person) {
        List<String> aliases = persons.profileOf(person.id()).map(ProfileRecord::aliases).orElse(List.of());
        Set<String> keys = new LinkedHashSet<>(NameKeys.of(person.givenName(), person.familyName()));
        aliases.forEach(alias -> keys.addAll(NameKeys.of(alias)));
        keys.addAll(NameKeys.words(person.givenName(), person.familyName()));
        aliases.forEach(alias -> keys.addAll(NameKeys.words(alias)));
        persons.replaceNameKeys(person.id(), keys, person.dateOfBirth().getYear());
    }
}

package org.suaka.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.suaka.registry.api.RegisterPerson;

class KupangScenarioTest {

    private final List<RegisterPerson> persons = KupangScenario.families().stream()
            .flatMap(f -> f.members().stream()).toList();

    @Test
    void holds171AfghanAndPakistaniPersonsAllUnderSupervisionBySeptember2024() {
        assertEquals(171, persons.size());
        assertEquals(Set.of("AFG", "PAK"), persons.stream().map(RegisterPerson::nationality).collect(Collectors.toSet()));
        assertTrue(persons.stream().allMatch(p -> !p.supervisedFrom().isAfter(LocalDate.of(2024, 9, 30))));
        assertTrue(persons.stream().allMatch(p -> p.dateOfBirth().isBefore(p.supervisedFrom().plusDays(1))));
    }

    @Test
    void givesEveryPersonTheirOwnUnhcrNumber() {
        assertEquals(171, persons.stream().map(RegisterPerson::unhcrNumber).distinct().count());
    }

    @Test
    void isTheSameOnEveryRun() {
        assertEquals(persons, KupangScenario.families().stream().flatMap(f -> f.members().stream()).toList());
    }

    @Test
    void fitsInTheThreeHotels() {
        int capacity = KupangScenario.SHELTERS.stream().mapToInt(s -> s.capacity()).sum();
        int largestFamily = KupangScenario.families().stream().mapToInt(f -> f.members().size()).max().orElseThrow();
        assertTrue(capacity - largestFamily >= KupangScenario.PERSONS, "room to keep every family together");
    }
}

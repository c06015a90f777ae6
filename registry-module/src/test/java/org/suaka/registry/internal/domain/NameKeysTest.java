package org.suaka.registry.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transliteration variants of Dari, Pashto, Urdu and Arabic names share their keys; different names do not. */
class NameKeysTest {

    @ParameterizedTest
    @CsvSource({"Mohammad, Muhammad", "Mohammad, Mohammed", "Mohammad, Mohamad", "Abdul, Abdol", "Hussain, Husain",
        "Hussain, Hossein", "Zahra, Zohra", "Gul, Gol", "Ahmad, Ahmed", "Fatima, Fatemeh", "Omar, Umar",
        "Karimi, Karimy", "Rezaei, Rezayi", "Hamid, Hameed", "Qasim, Kasim", "Khadija, Khadijah", "Mustafa, Mostafa", "Ma'soumeh, Masoume", "Ma'soumeh, Masuma",
        "Āzādī, Azadi"})
    void variantsShareTheirKey(String one, String other) {
        assertEquals(NameKeys.of(one), NameKeys.of(other));
    }

    /**
     * Different names with different consonants do not. (Names that differ only in their vowels, such as
     * Hussain and Hassan or Mohammad and Mahmood, do share a key: the date of birth and nationality then
     * decide the score, and a person confirms.)
     */
    @ParameterizedTest
    @CsvSource({"Zahra, Zohaib", "Karimi, Rahimi", "Ali, Gul", "Mohammad, Ahmad", "Wardak, Sultani"})
    void differentNamesDoNot(String one, String other) {
        assertNotEquals(NameKeys.of(one), NameKeys.of(other));
    }

    @org.junit.jupiter.api.Test
    void wordOrderAccentsAndApostrophesDoNotMatter() {
        assertEquals(NameKeys.of("Karimi", "Mohammad Hussain"), Set.copyOf(NameKeys.of("Mohammad Hussain", "Karimi")));
        assertEquals(NameKeys.of("Abd ul Qadir"), NameKeys.of("Abd-ul Qādir"));
        assertEquals(Set.of("an"), NameKeys.of("Ina Bo'i"), "an apostrophe joins a word; one-letter words are no keys");
    }
}

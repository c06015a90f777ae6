package org.suaka.registry.internal.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys under which a name is found whatever its transliteration. Dari, Pashto, Urdu and Arabic names
 * reach the registry in many Latin spellings (Mohammad, Muhammad, Mohammed, Mohamad; Hussain, Husain,
 * Hossein; Abdul, Abdol; Zahra, Zohra; Gul, Gol). Each word of a name becomes a consonant skeleton: accents
 * dropped, digraphs merged (kh, gh, ph, sh, th, dh), q as k, w as v, a final h after a vowel dropped, the
 * doubled letters once, the vowels after the first letter dropped, a first vowel written as a. A person's keys
 * are the skeletons of the words of all their names, so word order does not matter.
 */
public final class NameKeys {

    /** Words too short to tell persons apart are not keys. */
    private static final int SHORTEST_KEY = 2;
    /** The mark of a searchable word key, which no skeleton begins with. */
    public static final String WORD = "=";
    /** The longest key stored. */
    private static final int LONGEST_KEY = 40;
    /** The shortest skeleton searched in any spelling: shorter ones (Ali, Reza, Hoss) tell too little. */
    private static final int SEARCHED_SKELETON = 3;

    private NameKeys() {
    }

    /**
     * @param names a person's names (given name, family name, other spellings); nulls are skipped
     * @return the keys of their words, in order, without repeats
     */
    public static Set<String> of(String... names) {
        return Arrays.stream(names).filter(Objects::nonNull)
                .flatMap(name -> Arrays.stream(plain(name).split(" ")))
                .map(NameKeys::skeleton)
                .filter(key -> key.length() >= SHORTEST_KEY)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * @param names a person's names; nulls are skipped
     * @return the searchable keys of their words: each word as written, in lower case, without accents or
     *     apostrophes, marked with {@link #WORD} ({@code =bo'i} for Bo'i), for searches by the word's beginning
     */
    public static Set<String> words(String... names) {
        return Arrays.stream(names).filter(Objects::nonNull)
                .flatMap(name -> Arrays.stream(plain(name).split(" ")))
                .filter(word -> !word.isEmpty())
                .map(word -> WORD + (word.length() < LONGEST_KEY ? word : word.substring(0, LONGEST_KEY - 1)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * @param typed what a user typed to find a person by name
     * @return per word typed, the LIKE pattern of the keys it begins: a word whose skeleton says enough is
     *     searched in any spelling by the skeleton's beginning ({@code krm%} for "Karimy" finds Karimi), a
     *     shorter one by the word's beginning as written ({@code =rezaei%}, {@code =hoss%})
     */
    public static java.util.List<String> beginnings(String typed) {
        return Arrays.stream(plain(typed).split(" ")).filter(word -> !word.isEmpty())
                .map(word -> skeleton(word).length() >= SEARCHED_SKELETON ? skeleton(word) + "%"
                        : WORD + (word.length() < LONGEST_KEY ? word : word.substring(0, LONGEST_KEY - 1)) + "%")
                .toList();
    }

    /**
     * @param word one word of a name, in Latin letters
     * @return its skeleton, e.g. {@code mhmd} for Mohammad, Muhammad and Mohammed
     */
    static String skeleton(String word) {
        String w = plain(word).replace(" ", "");
        if (w.isEmpty()) {
            return "";
        }
        w = w.replace("kh", "k").replace("gh", "g").replace("ph", "f").replace("sh", "s").replace("th", "t")
                .replace("dh", "d").replace("ck", "k").replace('q', 'k').replace('w', 'v').replace('y', 'i');
        if (w.length() > 2 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        w = w.replaceAll("(.)\\1+", "$1");
        StringBuilder key = new StringBuilder();
        key.append(isVowel(w.charAt(0)) ? 'a' : w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isVowel(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019\u02bc\u02bb`]", "").replaceAll("[^a-z]+", " ").strip();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}

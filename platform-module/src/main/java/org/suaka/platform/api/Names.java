package org.suaka.platform.api;

/**
 * What names may contain. Names are written in many scripts and with apostrophes (Ma'mum, Ina Bo'i)
 * and diacritics (Āzādī), but never with markup, semicolons or equals signs: a value that has them
 * is a mistake or an attack, and is refused instead of stored. Two hyphens in a row (an SQL comment)
 * are refused too.
 */
public final class Names {

    /** A person's name: letters and marks of any script, spaces, apostrophes, hyphens and dots. */
    public static final String PERSON = "(?!.*--)[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]*";

    /** A place or organisation name: as a person's name, plus digits, commas, ampersands, slashes and brackets. */
    public static final String PLACE = "(?!.*--)[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} '’.,&/()-]*";

    /**
     * Some text other than white space, for a correction's text field: absent (null) keeps the value,
     * blank is refused.
     */
    public static final String SOME_TEXT = "(?s).*\\S.*";

    private Names() {
    }
}

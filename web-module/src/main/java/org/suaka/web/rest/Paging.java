package org.suaka.web.rest;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;

/**
 * The {@code offset} and {@code limit} query parameters, read strictly: a value that is not a whole
 * number is a 400 naming the parameter, not a 404.
 */
final class Paging {

    private Paging() {
    }

    static PageRequest of(String offset, String limit) {
        return new PageRequest(wholeNumber("offset", offset), wholeNumber("limit", limit));
    }

    /**
     * @param name the query parameter's name, for the refusal
     * @param text the parameter as sent
     * @return the whole number it holds
     */
    static int number(String name, String text) {
        return wholeNumber(name, text);
    }

    private static int wholeNumber(String name, String text) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            throw new InvalidFieldException(name, "The parameter '" + name + "' must be a whole number");
        }
        return Integer.parseInt(text.strip());
    }
}

package org.suaka.platform.api;

/**
 * A field of a request holds a value that passed syntax checks but cannot be accepted, for instance an
 * id that refers to no record, or a country code that is not ISO 3166. Maps to HTTP 400 naming the field.
 */
public class InvalidFieldException extends SuakaException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the name of the offending field as the caller sent it
     * @param message a sentence for the user
     */
    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the name of the offending field */
    public String field() {
        return field;
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.util.stream.Stream;

/**
 * An editable row of a list of people on a form (a partner's contacts, a visit's attendees): a name and a
 * position, plus what the subclass adds. A row left entirely empty is dropped when the form is saved.
 */
public abstract class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String position;

    /**
     * @param more the subclass's own fields
     * @return whether the name, the position and those fields are all empty
     */
    protected boolean isBlank(String... more) {
        return Stream.concat(Stream.of(name, position), Stream.of(more)).allMatch(value -> orNull(value) == null);
    }

    /**
     * @param value a typed value
     * @return the value stripped, or null when nothing but white space was typed
     */
    protected static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the name typed */
    public String getName() {
        return name;
    }

    /** @param name the name typed */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the position typed */
    public String getPosition() {
        return position;
    }

    /** @param position the position typed */
    public void setPosition(String position) {
        this.position = position;
    }
}

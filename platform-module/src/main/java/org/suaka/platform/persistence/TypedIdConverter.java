package org.suaka.platform.persistence;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a typed id (a {@code PersonId}, say) as its text in a column, so that an entity holds the id of
 * a record in another module as that id, never as a string parsed by hand. Each module that keeps another
 * module's ids declares one small subclass per id type in its persistence unit, naming
 * {@code AttributeConverter<TheId, String>} again (EclipseLink reads the types from the subclass).
 *
 * @param <T> the id type
 */
public abstract class TypedIdConverter<T> implements AttributeConverter<T, String> {

    private final Function<String, Optional<T>> parse;

    /**
     * @param parse reads the id from its text, empty when the text is not one
     */
    protected TypedIdConverter(Function<String, Optional<T>> parse) {
        this.parse = Objects.requireNonNull(parse, "parse");
    }

    @Override
    public String convertToDatabaseColumn(T id) {
        return id == null ? null : id.toString();
    }

    @Override
    public T convertToEntityAttribute(String text) {
        return text == null ? null : parse.apply(text).orElseThrow(() ->
                new IllegalStateException("The database holds '" + text + "' where an id was expected"));
    }
}

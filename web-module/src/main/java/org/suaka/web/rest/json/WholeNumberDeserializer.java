package org.suaka.web.rest.json;

import java.lang.reflect.Type;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Reads whole numbers strictly: {@code 1.5} for a capacity is refused, not silently cut to 1, and a
 * number too large for the field is refused rather than wrapped.
 */
class WholeNumberDeserializer implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonNumber number = integral(parser);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("The number " + number + " is too large");
        }
    }

    /**
     * @param parser a parser at a value
     * @return the value, when it is a JSON number without a fraction
     * @throws JsonbException when it is not
     */
    static JsonNumber integral(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("Expected a whole number but found " + value);
        }
        return number;
    }

    /** The same rule for {@code Long} fields such as record versions: {@code 1e400} is refused, not read as 0. */
    static final class Longs implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = integral(parser);
            try {
                return number.bigIntegerValueExact().longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("The number " + number + " is too large");
            }
        }
    }
}

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
        JsonValue value = parser.getValue();
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("Expected a whole number but found " + value);
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("The number " + number + " is too large");
        }
    }
}

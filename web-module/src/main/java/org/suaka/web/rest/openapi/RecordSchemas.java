package org.suaka.web.rest.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Schemas of the module apis' records, made from the classes themselves: Open Liberty's scanner sees only
 * the web module, so it describes them as bare objects. A record becomes a component with its components
 * as properties; Bean Validation constraints give the required fields and lengths (patterns are Java
 * regular expressions, which JSON Schema does not share, so they stay in the code); typed ids
 * (a record of one {@code UUID}) are strings in UUID format, as the JSON binding writes them.
 */
final class RecordSchemas {

    private final Components components;

    /** @param components where records are registered as named schemas */
    RecordSchemas(Components components) {
        this.components = components;
    }

    /**
     * @param type a Java type the API reads or writes
     * @return its schema: a reference for a record, inline otherwise
     */
    Schema of(Type type) {
        return of(type, Map.of());
    }

    private Schema of(Type type, Map<String, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bindings.getOrDefault(variable.getName(), Object.class), Map.of());
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(arguments[0], bindings));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1], bindings));
            }
            if (raw == Optional.class) {
                return of(arguments[0], bindings);
            }
            if (raw.isRecord()) {
                Map<String, Type> bound = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i].getName(), arguments[i]);
                }
                return record(raw, bound);
            }
            return of(raw, bindings);
        }
        Class<?> type1 = (Class<?>) type;
        return simple(type1).orElseGet(() -> type1.isRecord() ? reference(type1)
                : OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
    }

    private static Optional<Schema> simple(Class<?> type) {
        Schema schema = OASFactory.createSchema();
        if (type == String.class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING));
        }
        if (type == int.class || type == Integer.class) {
            return Optional.of(schema.type(Schema.SchemaType.INTEGER).format("int32"));
        }
        if (type == long.class || type == Long.class) {
            return Optional.of(schema.type(Schema.SchemaType.INTEGER).format("int64"));
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return Optional.of(schema.type(Schema.SchemaType.NUMBER));
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(schema.type(Schema.SchemaType.BOOLEAN));
        }
        if (type == LocalDate.class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).format("date"));
        }
        if (type == Instant.class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).format("date-time"));
        }
        if (type == LocalDateTime.class) {
            // the office's local time, without an offset: not RFC 3339's date-time
            return Optional.of(schema.type(Schema.SchemaType.STRING)
                    .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
                    .description("The office's local date and time, e.g. 2024-09-12T08:00:00"));
        }
        if (type == LocalTime.class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2})?$")
                    .description("A time of day, e.g. 10:00"));
        }
        if (type == YearMonth.class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).pattern("^\\d{4}-\\d{2}$"));
        }
        if (type == UUID.class || isTypedId(type)) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).format("uuid"));
        }
        if (type.isEnum()) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).enumeration(
                    new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())));
        }
        if (type == byte[].class) {
            return Optional.of(schema.type(Schema.SchemaType.STRING).format("byte"));
        }
        return Optional.empty();
    }

    /**
     * A typed id: a record of one UUID named {@code value} (e.g. {@code PersonId}), written as the UUID's text;
     * a command of one UUID field (e.g. {@code StartCardBatch}) is an object like any other.
     */
    private static boolean isTypedId(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == UUID.class
                && type.getRecordComponents()[0].getName().equals("value");
    }

    private Schema reference(Class<?> record) {
        String name = record.getSimpleName();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            components.addSchema(name, OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
            components.addSchema(name, record(record, Map.of()));
        }
        return OASFactory.createSchema().ref(name);
    }

    private Schema record(Class<?> record, Map<String, Type> bindings) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = of(component.getGenericType(), bindings);
            constrain(property, component);
            schema.addProperty(component.getName(), property);
            if (component.getType().isPrimitive() || has(component, NotNull.class) || has(component, NotBlank.class)
                    || has(component, NotEmpty.class)) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    /** Bean Validation annotations do not target record components; they reach the accessor. */
    private static boolean has(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        return component.getAccessor().isAnnotationPresent(annotation);
    }

    private static void constrain(Schema property, RecordComponent component) {
        Size size = component.getAccessor().getAnnotation(Size.class);
        boolean text = component.getType() == String.class;
        if (size != null && text) {
            property.minLength(size.min() > 0 ? size.min() : null);
            property.maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
        } else if (size != null && Collection.class.isAssignableFrom(component.getType())) {
            property.minItems(size.min() > 0 ? size.min() : null);
            property.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
        if (has(component, NotBlank.class) && text) {
            property.minLength(1);
        }
        if (has(component, Email.class)) {
            property.format("email");
        }
    }
}

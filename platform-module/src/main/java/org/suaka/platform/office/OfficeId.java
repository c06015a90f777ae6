package org.suaka.platform.office;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.suaka.platform.api.Ids;

/**
 * The identity of an office, the only way a record names the office it belongs to.
 *
 * @param value the UUID behind the id
 */
public record OfficeId(UUID value) {

    /** Ditjen Imigrasi, the top office, seeded with every installation. */
    public static final OfficeId NATIONAL = new OfficeId(UUID.fromString("00000000-0000-0000-0000-000000000000"));

    /**
     * The first Rudenim, seeded from the {@code suaka.office.*} settings; the migrations give every record
     * that existed before offices were data to this office.
     */
    public static final OfficeId FIRST = new OfficeId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    public OfficeId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random id */
    public static OfficeId random() {
        return new OfficeId(UUID.randomUUID());
    }

    /**
     * @param text the id as text, as found in a URL or a JSON body
     * @return the id, or empty when the text is not a UUID
     */
    public static Optional<OfficeId> parse(String text) {
        return Ids.parseUuid(text).map(OfficeId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.suaka.registry.api;

/**
 * A person's photo, as kept.
 *
 * @param content its bytes
 * @param mediaType {@code image/jpeg} or {@code image/png}, found from its content
 */
public record Photo(byte[] content, String mediaType) {
}

package org.suaka.registry.api;

/**
 * The scan of an identity document, as attached.
 *
 * @param content its bytes
 * @param mediaType its media type, found from its content
 */
public record DocumentScan(byte[] content, String mediaType) {
}

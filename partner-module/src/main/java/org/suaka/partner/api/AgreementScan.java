package org.suaka.partner.api;

/**
 * The scan of a signed agreement.
 *
 * @param content its bytes
 * @param mediaType its media type, found from its content
 */
public record AgreementScan(byte[] content, String mediaType) {
}

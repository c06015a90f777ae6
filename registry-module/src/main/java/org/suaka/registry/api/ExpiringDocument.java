package org.suaka.registry.api;

import org.suaka.platform.audit.PersonalData;

/**
 * A document that expires soon, with its holder's name.
 *
 * @param document the document
 * @param holder the holder's name as printed on reports
 */
public record ExpiringDocument(IdentityDocumentView document, @PersonalData String holder) {
}

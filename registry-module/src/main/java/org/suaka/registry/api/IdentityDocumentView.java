package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.UUID;

import org.suaka.platform.audit.PersonalData;

/**
 * An identity document as recorded.
 *
 * @param id the document's id
 * @param personId its holder
 * @param type its kind
 * @param number its number
 * @param issuer who issued it, or null
 * @param issuedOn the day of issue, or null
 * @param expiresOn the last day of validity, or null
 * @param scanType the media type of its scan ({@code image/png}, {@code image/jpeg}, {@code application/pdf}),
 *     or null while none is attached
 */
public record IdentityDocumentView(UUID id, PersonId personId, DocumentType type, @PersonalData String number,
        String issuer, LocalDate issuedOn, LocalDate expiresOn, String scanType) {
}

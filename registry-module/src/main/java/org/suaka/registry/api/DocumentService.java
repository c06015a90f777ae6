package org.suaka.registry.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * The identity documents of persons (passports, national IDs, UNHCR cards, birth certificates), with a scan
 * each, and the documents that expire soon.
 */
public interface DocumentService {

    /** The largest scan accepted, in bytes: 5 MB. */
    int MAX_SCAN_BYTES = 5 * 1024 * 1024;

    /**
     * @param personId the holder, of the caller's office
     * @param command the document
     * @return the recorded document
     * @throws PersonNotFoundException when the caller's office has no such person
     * @throws org.suaka.platform.api.InvalidFieldException when it expires before it was issued
     * @throws org.suaka.platform.api.BusinessRuleException ({@code document-number-taken}) when another person
     *     holds a document of the same kind and number
     */
    IdentityDocumentView record(@NotNull PersonId personId, @NotNull @Valid RecordDocument command);

    /**
     * @param personId a person
     * @return the person's documents, those that expire last first
     */
    List<IdentityDocumentView> documentsOf(@NotNull PersonId personId);

    /**
     * Attaches a scan to a document, replacing any earlier one.
     *
     * @param personId the holder, of the caller's office
     * @param documentId the document
     * @param content a PDF, JPEG or PNG of at most {@link #MAX_SCAN_BYTES}, judged by its content
     * @return the document
     * @throws org.suaka.platform.api.InvalidFieldException ({@code scan}) when the content is not accepted
     */
    IdentityDocumentView attachScan(@NotNull PersonId personId, @NotNull UUID documentId, byte[] content);

    /**
     * @param personId the holder
     * @param documentId the document
     * @return its scan
     * @throws org.suaka.platform.api.RecordNotFoundException when the person has no such document or it has no scan
     */
    DocumentScan scanOf(@NotNull PersonId personId, @NotNull UUID documentId);

    /**
     * @param days how many days ahead, from today: 1 to 366
     * @param page which of them
     * @return the documents of persons under supervision in the offices the caller reads that expire from today
     *     to that day, soonest first
     */
    ResultPage<ExpiringDocument> expiring(@Min(1) @Max(366) int days, @NotNull @Valid PageRequest page);
}

package org.suaka.registry.internal.domain;

import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.suaka.registry.api.DocumentScan;

/** The scan of an identity document ({@code REG_DOCUMENT_SCAN}), one per document, read only when asked for. */
@Entity
@Table(name = "REG_DOCUMENT_SCAN")
public class DocumentScanContent {

    @Id
    @Column(name = "DOCUMENT_ID", length = 36)
    private String documentId;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 30)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected DocumentScanContent() {
        // for JPA
    }

    /**
     * @param documentId the document
     * @param mediaType the scan's media type, found from its content
     * @param content the scan
     */
    public DocumentScanContent(UUID documentId, String mediaType, byte[] content) {
        this.documentId = documentId.toString();
        replace(mediaType, content);
    }

    /**
     * @param mediaType the new scan's media type
     * @param content the new scan
     */
    public void replace(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    /** @return the scan as the API gives it */
    public DocumentScan toScan() {
        return new DocumentScan(content.clone(), mediaType);
    }
}

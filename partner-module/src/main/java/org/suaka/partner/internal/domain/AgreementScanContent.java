package org.suaka.partner.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The scan of a signed agreement ({@code PTR_AGREEMENT_SCAN}), kept apart so that lists never load it. */
@Entity
@Table(name = "PTR_AGREEMENT_SCAN")
public class AgreementScanContent {

    @Id
    @Column(name = "AGREEMENT_ID", length = 36)
    private String agreementId;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 30)
    private String mediaType;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected AgreementScanContent() {
        // for JPA
    }

    /**
     * @param agreementId the agreement
     * @param mediaType the scan's media type, found from its content
     * @param content the scan
     */
    public AgreementScanContent(UUID agreementId, String mediaType, byte[] content) {
        this.agreementId = agreementId.toString();
        replace(mediaType, content);
    }

    /**
     * @param newType the new scan's media type
     * @param newContent the new scan
     */
    public void replace(String newType, byte[] newContent) {
        this.mediaType = newType;
        this.content = newContent.clone();
    }

    /** @return the media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return the bytes */
    public byte[] content() {
        return content.clone();
    }
}

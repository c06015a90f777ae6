package org.suaka.partner.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a file attached to a visit ({@code PTR_VISIT_ATTACHMENT_CONTENT}). */
@Entity
@Table(name = "PTR_VISIT_ATTACHMENT_CONTENT")
public class VisitAttachmentContent {

    @Id
    @Column(name = "ATTACHMENT_ID", length = 36)
    private String attachmentId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected VisitAttachmentContent() {
        // for JPA
    }

    /**
     * @param attachmentId the attachment
     * @param content its bytes
     */
    public VisitAttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId.toString();
        this.content = content.clone();
    }

    /** @return the bytes */
    public byte[] content() {
        return content.clone();
    }
}

package org.suaka.partner.internal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.suaka.partner.api.AttachmentView;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.platform.persistence.RecordEntity;

/**
 * What is known of a file attached to a visit ({@code PTR_VISIT_ATTACHMENT}); its bytes are kept apart in
 * {@link VisitAttachmentContent} so that lists never load them.
 */
@Entity
@Table(name = "PTR_VISIT_ATTACHMENT")
public class VisitAttachment extends RecordEntity implements OfficeRecord {

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "VISIT_ID", nullable = false)
    private Visit visit;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 30)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "ADDED_BY", nullable = false, length = 100)
    private String addedBy;

    protected VisitAttachment() {
        // for JPA
    }

    /**
     * @param visit the visit
     * @param fileName the name the file was sent with
     * @param mediaType its media type, found from its content
     * @param size its size in bytes
     * @param addedBy who attaches it
     */
    public VisitAttachment(Visit visit, String fileName, String mediaType, long size, String addedBy) {
        super(UUID.randomUUID());
        this.office = visit.office();
        this.visit = visit;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.addedBy = addedBy;
    }

    /** @return the attachment's id */
    public UUID id() {
        return uuid();
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the attachment as the API shows it */
    public AttachmentView toView() {
        return new AttachmentView(uuid(), visit.id(), fileName, mediaType, size, addedBy);
    }
}

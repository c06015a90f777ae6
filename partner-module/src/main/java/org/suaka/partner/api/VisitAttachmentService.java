package org.suaka.partner.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Files attached to the record of a visit or meeting: PDF documents and JPEG photos, judged by their content.
 * Office staff attach them; staff read them.
 */
public interface VisitAttachmentService {

    /** The largest file attached, in bytes. */
    int MAX_BYTES = 10 * 1024 * 1024;

    /** How many files one visit keeps at most. */
    int MAX_PER_VISIT = 20;

    /**
     * @param visitId a visit of the caller's office
     * @param fileName the name the file was sent with, e.g. {@code daftar-hadir-11-09-2024.pdf}
     * @param content the file
     * @return the attachment
     * @throws VisitNotFoundException when the caller's office has no such visit
     * @throws org.suaka.platform.api.InvalidFieldException ({@code file}) for a file that is not a PDF or JPEG
     *     by its content, or larger than {@link #MAX_BYTES}; ({@code fileName}) for a blank name
     * @throws org.suaka.platform.api.BusinessRuleException ({@code attachments-full}) when the visit has
     *     {@link #MAX_PER_VISIT} files already
     */
    AttachmentView attach(@NotNull VisitId visitId, @NotNull @Size(max = 200) String fileName, @NotNull byte[] content);

    /**
     * @param visitId a visit
     * @return its attachments, in the order attached; none when the caller may not read the visit
     */
    List<AttachmentView> of(@NotNull VisitId visitId);

    /**
     * @param attachmentId an attachment's id
     * @return the file, when the caller reads the visit's office
     */
    Optional<AttachmentContent> content(@NotNull UUID attachmentId);
}

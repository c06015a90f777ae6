package org.suaka.partner.api;

import java.util.UUID;

/**
 * A file attached to a visit's record: the signed attendance list, a photo of the meeting, a letter.
 *
 * @param id the attachment's id
 * @param visitId the visit
 * @param fileName the name it was sent with
 * @param mediaType {@code application/pdf} or {@code image/jpeg}, found from its content
 * @param size its size in bytes
 * @param addedBy who attached it
 */
public record AttachmentView(UUID id, VisitId visitId, String fileName, String mediaType, long size, String addedBy) {
}

package org.suaka.partner.api;

/**
 * The bytes of an attachment, with what to serve them as.
 *
 * @param fileName the name it was sent with
 * @param mediaType its media type
 * @param content its bytes
 */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {

    public AttachmentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

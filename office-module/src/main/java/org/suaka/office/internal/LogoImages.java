package org.suaka.office.internal;

import org.suaka.office.api.OfficeService;
import org.suaka.platform.api.UploadedFiles;

/**
 * Accepts a logo by its content, whatever type the sender declared: a PNG or JPEG that decodes as an
 * image, of at most {@value OfficeService#MAX_LOGO_BYTES} bytes.
 */
final class LogoImages {

    private LogoImages() {
    }

    /**
     * @param image the bytes sent
     * @return the same bytes, when they are a PNG or JPEG image of an acceptable size
     * @throws org.suaka.platform.api.InvalidFieldException otherwise
     */
    static byte[] checked(byte[] image) {
        UploadedFiles.check("logo", image, OfficeService.MAX_LOGO_BYTES, UploadedFiles.IMAGES);
        return image;
    }
}

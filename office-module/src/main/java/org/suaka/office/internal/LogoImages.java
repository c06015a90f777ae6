package org.suaka.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.suaka.office.api.OfficeService;
import org.suaka.platform.api.InvalidFieldException;

/**
 * Accepts a logo by its content, whatever type the sender declared: a PNG or JPEG that decodes as an
 * image, of at most {@value OfficeService#MAX_LOGO_BYTES} bytes.
 */
final class LogoImages {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoImages() {
    }

    /**
     * @param image the bytes sent
     * @return the same bytes, when they are a PNG or JPEG image of an acceptable size
     * @throws InvalidFieldException otherwise
     */
    static byte[] checked(byte[] image) {
        if (image == null || image.length == 0 || image.length > OfficeService.MAX_LOGO_BYTES) {
            throw new InvalidFieldException("logo", "Send the logo as a PNG or JPEG image of at most "
                    + OfficeService.MAX_LOGO_BYTES / 1024 + " KB");
        }
        if (!startsWith(image, PNG) && !startsWith(image, JPEG)) {
            throw new InvalidFieldException("logo", "The logo is not a PNG or JPEG image, whatever its declared type");
        }
        boolean decodes;
        try {
            decodes = ImageIO.read(new ByteArrayInputStream(image)) != null;
        } catch (IOException | RuntimeException broken) {
            decodes = false;
        }
        if (!decodes) {
            throw new InvalidFieldException("logo", "The logo does not decode as an image");
        }
        return image;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}

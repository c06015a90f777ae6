package org.suaka.office.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.suaka.platform.api.InvalidFieldException;

class LogoImagesTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void aPngOrJpegIsTakenAsItIs() throws IOException {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");

        assertArrayEquals(png, LogoImages.checked(png));
        assertArrayEquals(jpeg, LogoImages.checked(jpeg));
    }

    @Test
    void textAPdfATruncatedImageAndAHugeOneAreRefused() throws IOException {
        byte[] png = image("png");
        byte[] huge = Arrays.copyOf(png, 300 * 1024);

        for (byte[] refused : new byte[][] {"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(png, 20), huge, new byte[0], null}) {
            assertThrows(InvalidFieldException.class, () -> LogoImages.checked(refused));
        }
    }
}

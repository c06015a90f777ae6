package org.suaka.platform.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Accepts an uploaded file by its content, whatever type the sender declared: a PNG or JPEG that decodes as
 * an image, or a PDF that opens as one, of at most a given size. The one check for logos, photos and scans.
 */
public final class UploadedFiles {

    /** The kinds of file Suaka accepts, by their first bytes. */
    public enum Kind {
        /** A PNG image. */
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        /** A JPEG image. */
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        /** A PDF document. */
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

        private final String mediaType;
        private final byte[] magic;

        Kind(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        /** @return the media type to serve the file with */
        public String mediaType() {
            return mediaType;
        }

        private boolean begins(byte[] content) {
            return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    /** Images: PNG and JPEG. */
    public static final Set<Kind> IMAGES = Set.of(Kind.PNG, Kind.JPEG);

    /** Images and PDF documents. */
    public static final Set<Kind> IMAGES_AND_PDF = Set.of(Kind.PNG, Kind.JPEG, Kind.PDF);

    private UploadedFiles() {
    }

    /**
     * @param field the field to name in a refusal
     * @param content the bytes sent
     * @param maxBytes the largest size accepted
     * @param accepted the kinds accepted
     * @return the kind of file the content is
     * @throws InvalidFieldException when it is empty, too large, of another kind or does not open
     */
    public static Kind check(String field, byte[] content, int maxBytes, Set<Kind> accepted) {
        String kinds = accepted.stream().map(Kind::name).sorted().collect(Collectors.joining(" or "));
        if (content == null || content.length == 0 || content.length > maxBytes) {
            throw new InvalidFieldException(field, "Send a " + kinds + " file of at most " + maxBytes / 1024 + " KB");
        }
        Kind kind = accepted.stream().filter(k -> k.begins(content)).findFirst().orElseThrow(
                () -> new InvalidFieldException(field, "The file is not a " + kinds + ", whatever its declared type"));
        if (!opens(kind, content)) {
            throw new InvalidFieldException(field, "The file begins as a " + kind + " but does not open as one");
        }
        return kind;
    }

    private static boolean opens(Kind kind, byte[] content) {
        try {
            if (kind == Kind.PDF) {
                try (PDDocument document = Loader.loadPDF(content)) {
                    return document.getNumberOfPages() > 0;
                }
            }
            return ImageIO.read(new ByteArrayInputStream(content)) != null;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }
}

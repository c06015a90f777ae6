package org.suaka.web.ui;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;

import org.suaka.platform.api.InvalidFieldException;

/** Reads the file a form's file input sent, refusing one too large before reading it. */
final class ChosenFiles {

    private ChosenFiles() {
    }

    /**
     * @param part the file input's part, possibly absent
     * @param field the field to name in a refusal
     * @param maxBytes the largest size accepted
     * @param tooLargeKey the message to show when the file is larger
     * @return the file's bytes, or null when no file was chosen
     * @throws InvalidFieldException when the file is too large or cannot be read
     */
    static byte[] read(Part part, String field, int maxBytes, String tooLargeKey) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > maxBytes) {
            throw new InvalidFieldException(field, Messages.text(tooLargeKey));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidFieldException(field, Messages.text("document.scanUnreadable"));
        }
    }
}

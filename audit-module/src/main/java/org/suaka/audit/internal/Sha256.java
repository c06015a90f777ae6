package org.suaka.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text fields joined by the unit separator, as hex. */
final class Sha256 {

    /** The hash before the first entry of the chain. */
    static final String GENESIS = "0".repeat(64);

    private Sha256() {
    }

    static String of(String... fields) {
        String content = String.join("\u001f", fields);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.suaka.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8).
 *
 * @param name the user name
 * @param password the password
 */
record BasicCredentials(String name, String password) {

    private static final String SCHEME = "basic ";

    /**
     * @param header the {@code Authorization} header, or null
     * @return the credentials; empty when the header is absent or not Basic
     * @throws IllegalArgumentException when it is Basic but not well formed
     */
    static Optional<BasicCredentials> of(String header) {
        if (header == null || header.length() < SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Basic credentials without a colon");
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}

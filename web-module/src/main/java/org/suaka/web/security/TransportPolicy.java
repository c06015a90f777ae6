package org.suaka.web.security;

/**
 * Whether a request travelled encrypted, and whether it may be served. A request is encrypted when it
 * reached this server over HTTPS, or when the IT team declared that a TLS proxy sits in front of it
 * ({@code suaka.tls.proxy=true}, SUAKA_TLS_PROXY) and so every request the browser sent was encrypted.
 * In production mode an unencrypted request is refused; in demo mode plain HTTP on localhost is served.
 *
 * @param production whether the server runs in production mode ({@code suaka.mode=production})
 * @param tlsProxy whether a TLS proxy encrypts in front of the server
 */
public record TransportPolicy(boolean production, boolean tlsProxy) {

    /** HSTS: browsers use HTTPS for this host for a year once they have seen it over HTTPS. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /**
     * @param secure whether the request reached this server over HTTPS
     * @return whether the browser's request was encrypted all the way
     */
    public boolean encrypted(boolean secure) {
        return secure || tlsProxy;
    }

    /**
     * @param secure whether the request reached this server over HTTPS
     * @return whether the request may be served at all
     */
    public boolean serves(boolean secure) {
        return !production || encrypted(secure);
    }
}

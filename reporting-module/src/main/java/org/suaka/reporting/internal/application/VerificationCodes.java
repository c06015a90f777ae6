package org.suaka.reporting.internal.application;

import java.security.SecureRandom;

/**
 * Random, hard-to-guess codes printed on each issued document, e.g. {@code K7QM-2XWD-9HTB-4RNA}. The
 * alphabet leaves out letters easily misread on paper (0/O, 1/I/L).
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}

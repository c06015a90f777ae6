package org.suaka.reporting.internal.archive;

/**
 * The identity given to a document before it is rendered: its number and verification code, and what
 * it was issued for.
 *
 * @param documentNumber the number printed on it
 * @param verificationCode the code printed on it
 * @param reportId which report
 * @param reportVersion which template version
 * @param arguments the arguments as text, e.g. {@code month=2024-09}
 * @param language the document's language tag
 * @param issuedBy who asked for it
 */
public record DocumentStamp(String documentNumber, String verificationCode, String reportId, String reportVersion,
        String arguments, String language, String issuedBy) {
}

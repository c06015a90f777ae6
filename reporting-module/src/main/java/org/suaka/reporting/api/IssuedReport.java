package org.suaka.reporting.api;

/**
 * An official PDF just issued.
 *
 * @param documentNumber the number printed on it
 * @param verificationCode the code printed on it, for {@link ReportService#verify}
 * @param fileName a file name for downloading, e.g. {@code monthly-statistics-2024-09.pdf}
 * @param sha256 the SHA-256 of the PDF, lower-case hex
 * @param pdf the PDF's bytes
 */
public record IssuedReport(String documentNumber, String verificationCode, String fileName, String sha256,
        byte[] pdf) {
}

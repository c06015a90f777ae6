package org.suaka.reporting.api;

import java.time.LocalDateTime;

import org.suaka.platform.office.OfficeId;

/**
 * What the archive knows of an issued document.
 *
 * @param documentNumber the number printed on it
 * @param reportId which report
 * @param reportVersion which template version
 * @param arguments the arguments as text, e.g. {@code month=2024-09}
 * @param issuedAt when, in UTC
 * @param issuedBy by whom
 * @param sha256 the SHA-256 of the PDF as issued
 * @param office the issuing office
 * @param verificationCode the code printed on it
 * @param revocation its withdrawal, or null while it stands
 */
public record IssuedReportRecord(String documentNumber, String reportId, String reportVersion, String arguments,
        LocalDateTime issuedAt, String issuedBy, String sha256, OfficeId office, String verificationCode,
        Revocation revocation) {
}

package org.suaka.reporting.internal.archive;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.reporting.api.IssuedReportRecord;
import org.suaka.reporting.api.Revocation;

/**
 * One issued official PDF, kept as issued. Immutable once written: no version column, no setters.
 */
@Entity
@Table(name = "RPT_ISSUED_DOCUMENT")
public class IssuedDocument {

    @Id
    @Column(name = "VERIFICATION_CODE", length = 19)
    private String verificationCode;

    @Column(name = "DOCUMENT_NUMBER", nullable = false, length = 100)
    private String documentNumber;

    @Column(name = "REPORT_ID", nullable = false, length = 100)
    private String reportId;

    @Column(name = "REPORT_VERSION", nullable = false, length = 20)
    private String reportVersion;

    @Column(name = "ARGUMENTS", nullable = false, length = 1000)
    private String arguments;

    @Column(name = "LANGUAGE", nullable = false, length = 20)
    private String language;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "ISSUED_AT", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "ISSUED_BY", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected IssuedDocument() {
        // for JPA
    }

    /**
     * @param stamp how the document was numbered and for whom
     * @param sha256 the PDF's SHA-256
     * @param content the PDF
     * @param office the issuing office
     */
    public IssuedDocument(DocumentStamp stamp, String sha256, byte[] content, OfficeId office) {
        this.office = office;
        this.verificationCode = stamp.verificationCode();
        this.documentNumber = stamp.documentNumber();
        this.reportId = stamp.reportId();
        this.reportVersion = stamp.reportVersion();
        this.arguments = stamp.arguments();
        this.language = stamp.language();
        this.issuedBy = stamp.issuedBy();
        this.issuedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.sha256 = sha256;
        this.content = content.clone();
    }

    /** @return the SHA-256 of the PDF as issued */
    public String sha256() {
        return sha256;
    }

    /** @return what the archive shows of this document */
    public IssuedReportRecord toRecord() {
        return toRecord(null);
    }

    /**
     * @param revocation its withdrawal, or null
     * @return what the archive shows of this document
     */
    public IssuedReportRecord toRecord(Revocation revocation) {
        return new IssuedReportRecord(documentNumber, reportId, reportVersion, arguments, issuedAt, issuedBy, sha256,
                office, verificationCode, revocation);
    }

    /** @return the PDF as issued */
    public byte[] content() {
        return content.clone();
    }

    /** @return the issuing office */
    public OfficeId office() {
        return office;
    }
}

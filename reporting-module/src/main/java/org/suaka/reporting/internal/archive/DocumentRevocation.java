package org.suaka.reporting.internal.archive;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.reporting.api.Revocation;

/**
 * The withdrawal of an issued document, kept beside it: the document itself stays as issued.
 */
@Entity
@Table(name = "RPT_REVOCATION")
public class DocumentRevocation {

    @Id
    @Column(name = "VERIFICATION_CODE", length = 19)
    private String verificationCode;

    @Column(name = "REVOKED_AT", nullable = false)
    private LocalDateTime revokedAt;

    @Column(name = "REVOKED_BY", nullable = false, length = 100)
    private String revokedBy;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    protected DocumentRevocation() {
        // for JPA
    }

    /**
     * @param verificationCode the document's code
     * @param revokedBy who withdraws it
     * @param reason why
     */
    public DocumentRevocation(String verificationCode, String revokedBy, String reason) {
        this.verificationCode = verificationCode;
        this.revokedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.revokedBy = revokedBy;
        this.reason = reason;
    }

    /** @return the withdrawal as the API shows it */
    public Revocation toView() {
        return new Revocation(revokedAt, revokedBy, reason);
    }
}

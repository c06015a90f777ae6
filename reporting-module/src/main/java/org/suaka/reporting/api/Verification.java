package org.suaka.reporting.api;

/**
 * The verdict on a presented document.
 *
 * @param issued whether a document was issued under the code
 * @param unchanged whether the presented file is exactly the issued one
 * @param record what was issued, or null when nothing was
 */
public record Verification(boolean issued, boolean unchanged, IssuedReportRecord record) {

    /** @return whether the document is authentic and unchanged, and not withdrawn */
    public boolean authentic() {
        return issued && unchanged && !revoked();
    }

    /** @return whether its office withdrew the document */
    public boolean revoked() {
        return record != null && record.revocation() != null;
    }
}

package org.suaka.platform.api;

/**
 * A change was asked on the strength of an older reading of a record: someone changed it since. Nothing
 * was written; the caller reads the record again and decides. Maps to HTTP 409.
 */
public class StaleVersionException extends SuakaException {

    private static final long serialVersionUID = 1L;

    private final String recordType;

    /**
     * @param recordType what kind of record, e.g. {@code placement}
     * @param recordId the record's id
     * @param seenVersion the version the caller read
     * @param currentVersion the version stored now
     */
    public StaleVersionException(String recordType, Object recordId, long seenVersion, long currentVersion) {
        super("The " + recordType + " " + recordId + " was changed by someone else (you read version " + seenVersion
                + ", it is now at version " + currentVersion + "); reload it and apply your change again");
        this.recordType = recordType;
    }

    /** @return what kind of record it was */
    public String recordType() {
        return recordType;
    }
}

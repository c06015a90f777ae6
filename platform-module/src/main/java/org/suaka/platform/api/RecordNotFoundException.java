package org.suaka.platform.api;

/**
 * A record that the caller named by its id does not exist.
 */
public class RecordNotFoundException extends SuakaException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    /**
     * @param recordType what kind of record was looked up, e.g. {@code "person"}
     * @param recordId the id that was not found
     */
    public RecordNotFoundException(String recordType, Object recordId) {
        super("No " + recordType + " with id " + recordId);
        this.recordType = recordType;
        this.recordId = String.valueOf(recordId);
    }

    /** @return what kind of record was looked up */
    public String recordType() {
        return recordType;
    }

    /** @return the id that was not found */
    public String recordId() {
        return recordId;
    }
}

package org.suaka.platform.office;

/**
 * A record that belongs to an office.
 */
public interface OfficeRecord {

    /** @return the office the record belongs to */
    OfficeId office();
}

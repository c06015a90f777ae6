package org.suaka.reporting.api;

import org.suaka.platform.api.RecordNotFoundException;

/**
 * No installed report has the requested id.
 */
public class UnknownReportException extends RecordNotFoundException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reportId the id asked for
     */
    public UnknownReportException(String reportId) {
        super("report", reportId);
    }
}

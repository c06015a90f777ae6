package org.suaka.reporting.spi;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The circumstances of one report request.
 *
 * @param locale the language of the document
 * @param office the issuing office's profile
 * @param requestedBy the user name of whoever asked for it
 * @param issuedOn the day of issue, in the office's time zone
 * @param datasets the installed datasets, for a report that builds on one of them
 */
public record ReportContext(Locale locale, OfficeProfile office, String requestedBy, LocalDate issuedOn,
        DatasetSource datasets) {

    public ReportContext {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(datasets, "datasets");
    }
}

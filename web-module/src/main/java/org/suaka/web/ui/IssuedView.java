package org.suaka.web.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.suaka.platform.api.PageRequest;
import org.suaka.reporting.api.IssuedQuery;
import org.suaka.reporting.api.IssuedReportRecord;
import org.suaka.reporting.api.ReportService;
import org.suaka.reporting.api.RevokeDocument;

/**
 * The history section of the Reports page: the documents the office issued, latest first, filtered by
 * report, month and the user who issued them; each downloads as it was archived, and a supervisor revokes one with a reason.
 */
@Named("issued")
@ViewScoped
public class IssuedView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "history";

    @Inject
    transient ReportService reports;

    @Inject
    transient Clock clock;

    private String reportId;
    private String month;
    private String user;
    private String revoking;
    private String reason;
    private transient List<IssuedReportRecord> listed;

    /** @return the office's latest documents matching the filters, at most 50 */
    public List<IssuedReportRecord> getDocuments() {
        if (listed == null) {
            YearMonth inMonth = null;
            if (month != null && !month.isBlank()) {
                try {
                    inMonth = YearMonth.parse(month.strip());
                } catch (DateTimeParseException e) {
                    Messages.error(FORM + ":month", Messages.text("reports.invalidMonth"));
                }
            }
            listed = reports.issued(new IssuedQuery(reportId, inMonth,
                    user == null || user.isBlank() ? null : user.strip(), new PageRequest(0, 50))).items();
        }
        return listed;
    }

    /** Applies the filters. */
    public void filter() {
        listed = null;
    }

    /**
     * @param document a document of the list
     * @return its PDF as it was issued
     */
    public StreamedContent download(IssuedReportRecord document) {
        byte[] pdf = reports.archived(document.verificationCode()).orElse(new byte[0]);
        return DefaultStreamedContent.builder().name(document.verificationCode() + ".pdf")
                .contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /**
     * @param document a document of the list
     * @return when it was issued, in office time
     */
    public String when(IssuedReportRecord document) {
        return OfficeTimes.of(document.issuedAt().toInstant(ZoneOffset.UTC), clock);
    }

    /** Revokes the document chosen, with the reason typed. */
    public void revoke() {
        FormFailures.submit(FORM, () -> {
            IssuedReportRecord done = reports.revoke(revoking == null ? "" : revoking, new RevokeDocument(reason));
            Messages.info(Messages.text("history.revoked", done.documentNumber()));
            listed = null;
            revoking = null;
            reason = null;
            return null;
        });
    }

    /** @return the report to list, or null for every report */
    public String getReportId() {
        return reportId;
    }

    /** @param reportId the report to list */
    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    /** @return the month to list, as YYYY-MM */
    public String getMonth() {
        return month;
    }

    /** @param month the month to list */
    public void setMonth(String month) {
        this.month = month;
    }

    /** @return the user whose documents to list, e.g. {@code system:monthly-statistics} */
    public String getUser() {
        return user;
    }

    /** @param user the user whose documents to list; blank for everyone */
    public void setUser(String user) {
        this.user = user;
    }

    /** @return the code of the document to revoke */
    public String getRevoking() {
        return revoking;
    }

    /** @param revoking the code of the document to revoke */
    public void setRevoking(String revoking) {
        this.revoking = revoking;
    }

    /** @return the reason typed */
    public String getReason() {
        return reason;
    }

    /** @param reason the reason typed */
    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.suaka.web.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.suaka.platform.api.SuakaException;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;

/**
 * The reports page: choose one of the installed reports (the catalogue, not a list written here), give its
 * month when it takes one, and download the official PDF in the interface language.
 */
@Named("reports")
@ViewScoped
public class ReportsView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MONTH = "month";
    private static final String DEFAULT_REPORT = "monthly-statistics";

    @Inject
    ReportService reports;

    @Inject
    SecurityContext security;

    @Inject
    LanguageView language;

    @Inject
    Clock clock;

    private String reportId;
    private String month;

    /** @return the installed reports, with their titles in the interface language */
    public List<ReportInfo> getCatalogue() {
        return reports.catalogue(language.getLocale());
    }

    /** @return whether the chosen report is issued for a month */
    public boolean isMonthNeeded() {
        return getCatalogue().stream().filter(r -> r.id().equals(getReportId())).findFirst()
                .map(r -> r.parameters().contains(MONTH)).orElse(false);
    }

    /** @return the chosen report as a PDF, or null with a message when it cannot be issued */
    public StreamedContent getPdf() {
        Map<String, String> arguments = Map.of();
        if (isMonthNeeded()) {
            try {
                YearMonth.parse(getMonth().strip());
            } catch (DateTimeParseException e) {
                Messages.error("reports:month", Messages.text("reports.invalidMonth"));
                return null;
            }
            arguments = Map.of(MONTH, getMonth().strip());
        }
        try {
            IssuedReport report = reports.issue(new ReportRequest(getReportId(), arguments, language.getLocale(),
                    security.getCallerPrincipal().getName()));
            return DefaultStreamedContent.builder()
                    .name(report.fileName())
                    .contentType("application/pdf")
                    .contentLength((long) report.pdf().length)
                    .stream(() -> new ByteArrayInputStream(report.pdf()))
                    .build();
        } catch (SuakaException e) {
            FormFailures.show("reports", e);
            return null;
        }
    }

    /** @return the report chosen; at first the monthly statistics when installed */
    public String getReportId() {
        if (reportId == null) {
            List<ReportInfo> catalogue = getCatalogue();
            reportId = catalogue.stream().map(ReportInfo::id).filter(DEFAULT_REPORT::equals).findFirst()
                    .orElse(catalogue.isEmpty() ? DEFAULT_REPORT : catalogue.get(0).id());
        }
        return reportId;
    }

    /** @param reportId the report chosen */
    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    /** @return the month chosen, as {@code YYYY-MM}; at first the office's previous month */
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).minusMonths(1).toString();
        }
        return month;
    }

    /** @param month the month chosen, as {@code YYYY-MM} */
    public void setMonth(String month) {
        this.month = month;
    }
}

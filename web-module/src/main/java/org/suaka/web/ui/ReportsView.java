package org.suaka.web.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;

/**
 * The reports page: pick a month, download the official PDF in the interface language.
 */
@Named("reports")
@RequestScoped
public class ReportsView {

    @Inject
    ReportService reports;

    @Inject
    SecurityContext security;

    @Inject
    LanguageView language;

    @Inject
    Clock clock;

    private String month;

    /** @return the monthly statistics PDF for the chosen month, or null with a message when the month is malformed */
    public StreamedContent getMonthlyStatistics() {
        try {
            YearMonth.parse(getMonth().strip());
        } catch (DateTimeParseException e) {
            Messages.error("reports:month", Messages.text("reports.invalidMonth"));
            return null;
        }
        IssuedReport report = reports.issue(new ReportRequest("monthly-statistics", Map.of("month", month.strip()),
                language.getLocale(), security.getCallerPrincipal().getName()));
        return DefaultStreamedContent.builder()
                .name(report.fileName())
                .contentType("application/pdf")
                .contentLength((long) report.pdf().length)
                .stream(() -> new ByteArrayInputStream(report.pdf()))
                .build();
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

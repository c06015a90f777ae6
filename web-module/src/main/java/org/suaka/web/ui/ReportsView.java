package org.suaka.web.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
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
import org.suaka.reporting.api.ParameterInfo;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;

/**
 * The reports page: choose one of the installed reports (the catalogue, built-in and plugins alike), fill
 * in the form generated from its parameter definitions (a month or a date with the browser's picker), and
 * download the official PDF in the interface language.
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
    private final HashMap<String, String> values = new HashMap<>();

    /** @return the installed reports, with their titles in the interface language */
    public List<ReportInfo> getCatalogue() {
        return reports.catalogue(language.getLocale());
    }

    /** @return the chosen report's parameters, as its definition declares them, for the generated form */
    public List<ParameterInfo> getForm() {
        return getCatalogue().stream().filter(r -> r.id().equals(getReportId())).findFirst()
                .map(ReportInfo::form).orElse(List.of());
    }

    /**
     * @param parameter a parameter of the form
     * @return the HTML input type that gives it the browser's picker: {@code month}, {@code date} or {@code text}
     */
    public String inputType(ParameterInfo parameter) {
        return switch (parameter.type()) {
            case "YEAR_MONTH" -> "month";
            case "DATE" -> "date";
            default -> "text";
        };
    }

    /**
     * @param parameter a parameter of the form
     * @return an example of its value, shown where the browser has no picker for its type
     */
    public String example(ParameterInfo parameter) {
        return switch (parameter.type()) {
            case "YEAR_MONTH" -> "2024-09";
            case "DATE" -> "2024-09-30";
            default -> "";
        };
    }

    /** @return the chosen report as a PDF, or null with a message when it cannot be issued */
    public StreamedContent getPdf() {
        Map<String, String> arguments = new HashMap<>();
        for (ParameterInfo parameter : getForm()) {
            String value = getValues().get(parameter.name());
            if (value != null && !value.isBlank()) {
                arguments.put(parameter.name(), value.strip());
            }
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

    /** @return the values typed into the form, by parameter name; a month starts at the previous month */
    public Map<String, String> getValues() {
        if (values.isEmpty()) {
            values.put(MONTH, YearMonth.now(clock).minusMonths(1).toString());
        }
        return values;
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
}

package org.suaka.reporting.internal.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralStatus;
import org.suaka.partner.api.ReferralTally;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The referrals requested in a period, one row per partner and service with a count per status, from one
 * GROUP BY of the partner module.
 */
@ApplicationScoped
public class ReferralSummaryDataset implements ReportDataset {

    /** The longest period summed up. */
    private static final int MAX_DAYS = 366;

    private ReferralService referrals;

    protected ReferralSummaryDataset() {
        // for CDI
    }

    /** @param referrals the referrals to partners */
    @Inject
    public ReferralSummaryDataset(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public String name() {
        return ReferralSummaryReport.ID;
    }

    @Override
    public String description() {
        return "The referrals requested in a period: one row per partner and service, with a count per status";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(ReferralSummaryReport.FROM, ParameterType.DATE, true),
                new ReportParameter(ReferralSummaryReport.TO, ParameterType.DATE, true));
    }

    @Override
    public List<DatasetField> fields() {
        List<DatasetField> fields = new ArrayList<>(List.of(DatasetField.count("number", "the row's number"),
                DatasetField.text("organisation", "the partner"), DatasetField.text("service", "the service"),
                DatasetField.count("total", "the referrals to the partner for the service")));
        for (ReferralStatus status : ReferralStatus.values()) {
            fields.add(DatasetField.count(key(status), "how many of them are " + status.name().toLowerCase(Locale.ROOT)));
        }
        return fields;
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        LocalDate from = arguments.date(ReferralSummaryReport.FROM).orElseThrow();
        LocalDate to = arguments.date(ReferralSummaryReport.TO).orElseThrow();
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("to", "The period ends on or after it begins, within a year");
        }
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(ReferralSummaryReport.class, ReferralSummaryReport.BUNDLE, locale);
        Map<String, Map<ReferralStatus, Long>> lines = new LinkedHashMap<>();
        long total = 0;
        for (ReferralTally tally : referrals.tally(from, to)) {
            String line = tally.organisationName() + "\t" + labels.getString("service." + tally.service().name());
            lines.computeIfAbsent(line, l -> new EnumMap<>(ReferralStatus.class)).merge(tally.status(), tally.count(), Long::sum);
            total += tally.count();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        lines.forEach((line, counts) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("organisation", line.substring(0, line.indexOf('\t')));
            row.put("service", line.substring(line.indexOf('\t') + 1));
            row.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
            for (ReferralStatus status : ReferralStatus.values()) {
                row.put(key(status), counts.getOrDefault(status, 0L));
            }
            rows.add(row);
        });
        return new ReportData(Map.of("PERIOD_LABEL", DocumentDates.longDate(from, locale) + " – "
                + DocumentDates.longDate(to, locale), "TOTAL", total), rows);
    }

    private static String key(ReferralStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}

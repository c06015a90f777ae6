package org.suaka.reporting.internal.builtin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.OfficeFigures;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;

/**
 * The figures of the national monthly statistics. Every office below the top office has a row in the
 * first section, with zero when it supervised nobody; the other office sections list the offices with
 * movements. Every figure is a GROUP BY in the registry.
 */
@ApplicationScoped
public class NationalStatisticsDataset implements ReportDataset {

    private SupervisionStatistics supervision;
    private MonthlyStatisticsDataset monthly;
    private OfficeService directory;
    private OfficeScope offices;

    protected NationalStatisticsDataset() {
        // for CDI
    }

    /**
     * @param supervision the registry's counts
     * @param monthly the office statistics, for the sections by nationality and by sex
     * @param directory the offices there are, for their names
     * @param offices the caller's offices: only a user of the top office may issue the national report
     */
    @Inject
    public NationalStatisticsDataset(SupervisionStatistics supervision, MonthlyStatisticsDataset monthly,
            OfficeService directory, OfficeScope offices) {
        this.supervision = supervision;
        this.monthly = monthly;
        this.directory = directory;
        this.offices = offices;
    }

    @Override
    public String name() {
        return NationalStatisticsReport.ID;
    }

    @Override
    public String description() {
        return "The national monthly statistics over every office (top office only), in the sections of the"
                + " monthly statistics";
    }

    @Override
    public List<DatasetField> fields() {
        return monthly.fields();
    }

    @Override
    public List<ReportParameter> parameters() {
        return monthly.parameters();
    }

    @Override
    public List<String> templateParameters() {
        return monthly.templateParameters();
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        if (offices.home().filter(OfficeId.NATIONAL::equals).isEmpty() || offices.readable().office().isPresent()) {
            throw new AccessDeniedException("The national statistics are issued by the top office over every office:"
                    + " ask for the monthly statistics of your own office instead");
        }
        YearMonth month = arguments.yearMonth(MonthlyStatisticsReport.MONTH);
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(NationalStatisticsReport.class, NationalStatisticsReport.BUNDLE,
                locale);
        Map<OfficeId, OfficeFigures> figures = new HashMap<>();
        supervision.perOffice(month).forEach(f -> figures.put(f.office(), f));
        List<OfficeView> rudenims = directory.all().stream().filter(o -> !o.national()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        long total = 0;
        for (OfficeView office : rudenims) {
            long count = figures.containsKey(office.id()) ? figures.get(office.id()).underSupervision() : 0;
            rows.add(MonthlyStatisticsDataset.row(1, labels.getString("section.office"), office.name(), count));
            total += count;
        }
        addMovements(rows, 2, labels.getString("section.arrivals"), rudenims, figures, f -> f.movement().arrivals());
        addMovements(rows, 3, labels.getString("section.departures"), rudenims, figures,
                f -> f.movement().departures());
        addMovements(rows, 4, labels.getString("section.transfers-in"), rudenims, figures,
                f -> f.movement().transfersIn());
        addMovements(rows, 5, labels.getString("section.transfers-out"), rudenims, figures,
                f -> f.movement().transfersOut());
        monthly.addNationalityAndSex(rows, 6, month.atEndOfMonth(), labels, locale);
        return new ReportData(MonthlyStatisticsDataset.headline(month, locale, total), rows);
    }

    private static void addMovements(List<Map<String, Object>> rows, int order, String section,
            List<OfficeView> rudenims, Map<OfficeId, OfficeFigures> figures, ToLongFunction<OfficeFigures> count) {
        for (OfficeView office : rudenims) {
            long value = figures.containsKey(office.id()) ? count.applyAsLong(figures.get(office.id())) : 0;
            if (value > 0) {
                rows.add(MonthlyStatisticsDataset.row(order, section, office.name(), value));
            }
        }
    }
}

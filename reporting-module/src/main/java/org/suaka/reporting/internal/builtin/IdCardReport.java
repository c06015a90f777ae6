package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * Kartu Identitas Khusus Pengungsi (Perpres 125/2016 Pasal 35 huruf c): a person's valid card, front and
 * back side by side on one page to print and cut, with the photo, the card number and its validity; the
 * platform's QR code lets anyone verify the printed card.
 */
@ApplicationScoped
public class IdCardReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "id-card";
    /** The report's only parameter, the person's id. */
    public static final String PERSON = "person";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.id_card";
    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(IdCardReport.class,
            "org/suaka/reporting/internal/builtin/id-card.jrxml");

    private IdCardDataset dataset;

    protected IdCardReport() {
        // for CDI
    }

    /** @param dataset where the card comes from */
    @Inject
    public IdCardReport(IdCardDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String title(Locale locale) {
        return ReportBundles.load(IdCardReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(PERSON, ParameterType.RECORD_ID, true));
    }

    @Override
    public ReportTemplate template() {
        return TEMPLATE;
    }

    @Override
    public ReportDataset dataset() {
        return dataset;
    }

    @Override
    public String resourceBundle() {
        return BUNDLE;
    }
}

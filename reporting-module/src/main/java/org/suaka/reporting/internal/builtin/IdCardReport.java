package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Kartu Identitas Khusus Pengungsi (Perpres 125/2016 Pasal 35 huruf c): a person's valid card, front and
 * back side by side on one page to print and cut, with the photo, the card number and its validity; the
 * platform's QR code lets anyone verify the printed card.
 */
@ApplicationScoped
public class IdCardReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "id-card";
    /** The report's only parameter, the person's id. */
    public static final String PERSON = "person";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.id_card";

    protected IdCardReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public IdCardReport(IdCardDataset dataset) {
        super(ID, "1.1", "id_card", "id-card.jrxml", dataset, new ReportParameter(PERSON, ParameterType.RECORD_ID, true));
    }
}

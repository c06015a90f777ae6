package org.suaka.reporting.internal.builtin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * Kartu Identitas Khusus Pengungsi for a whole shelter: the valid card of everyone placed there, four to a
 * page, front and back, on the same template as one person's card. Made in the background with its
 * progress shown ({@link org.suaka.reporting.api.CardBatchService}), or at once through the report URL.
 */
@ApplicationScoped
public class IdCardBatchReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "id-card-batch";
    /** The shelter whose occupants get their cards. */
    public static final String SHELTER = "shelter";
    /** The batch whose progress the dataset reports; optional. */
    public static final String BATCH = "batch";

    static final List<ReportParameter> PARAMETERS = List.of(new ReportParameter(SHELTER, ParameterType.RECORD_ID, true),
            new ReportParameter(BATCH, ParameterType.RECORD_ID, false));

    protected IdCardBatchReport() {
        // for CDI
    }

    /** @param dataset where the cards come from */
    @Inject
    public IdCardBatchReport(IdCardBatchDataset dataset) {
        super(ID, "1.0", "id_card", "id-card.jrxml", dataset, PARAMETERS.toArray(ReportParameter[]::new));
    }
}

package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/** Rekapitulasi Rujukan: the referrals of a period per partner and service, by where they stand. */
@ApplicationScoped
public class ReferralSummaryReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "referral-summary";
    /** The first day of the period. */
    public static final String FROM = "from";
    /** The last day of the period. */
    public static final String TO = "to";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.referral_summary";

    protected ReferralSummaryReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public ReferralSummaryReport(ReferralSummaryDataset dataset) {
        super(ID, "1.0", "referral_summary", "referral-summary.jrxml", dataset, new ReportParameter(FROM, ParameterType.DATE, true),
                new ReportParameter(TO, ParameterType.DATE, true));
    }
}

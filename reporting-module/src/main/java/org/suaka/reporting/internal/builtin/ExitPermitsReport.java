package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/** Daftar Izin Keluar: the exit permits leaving in a period, the overdue ones first. */
@ApplicationScoped
public class ExitPermitsReport extends BundledReport {

    /** The report's id. */
    public static final String ID = "exit-permits";
    /** The first day of the period. */
    public static final String FROM = "from";
    /** The last day of the period. */
    public static final String TO = "to";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.exit_permits";

    protected ExitPermitsReport() {
        // for CDI
    }

    /** @param dataset where the report's data comes from */
    @Inject
    public ExitPermitsReport(ExitPermitsDataset dataset) {
        super(ID, "1.0", "exit_permits", "exit-permits.jrxml", dataset, new ReportParameter(FROM, ParameterType.DATE, true),
                new ReportParameter(TO, ParameterType.DATE, true));
    }
}

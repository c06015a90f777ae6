package org.suaka.reporting.testkit;

import java.util.List;
import java.util.Map;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;

/**
 * A dataset of fixed sample rows, shaped as an installed dataset of the same name: the same fields and
 * parameters, so that a template that passes the kit's checks passes the server's.
 *
 * @param name the installed dataset it stands for
 * @param fields its fields
 * @param parameters its parameters
 * @param sampleParameters the sample values of the parameters it gives the template
 * @param rows its sample rows
 */
public record SampleDataset(String name, List<DatasetField> fields, List<ReportParameter> parameters,
        Map<String, Object> sampleParameters, List<Map<String, Object>> rows) implements ReportDataset {

    public SampleDataset {
        fields = List.copyOf(fields);
        parameters = List.copyOf(parameters);
        sampleParameters = Map.copyOf(sampleParameters);
        rows = List.copyOf(rows);
    }

    @Override
    public List<String> templateParameters() {
        return List.copyOf(sampleParameters.keySet());
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        return new ReportData(sampleParameters, rows);
    }
}

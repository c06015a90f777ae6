package org.suaka.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.suaka.reporting.api.DatasetInfo;
import org.suaka.reporting.api.FieldInfo;
import org.suaka.reporting.api.ParameterInfo;
import org.suaka.reporting.spi.DatasetSource;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;

/**
 * The named datasets that plugins read: every {@link ReportDataset} bean of the application, by name.
 */
@ApplicationScoped
public class DatasetCatalog implements DatasetSource {

    private final Map<String, ReportDataset> byName = new TreeMap<>();

    protected DatasetCatalog() {
        // for CDI
    }

    /**
     * @param datasets every dataset bean
     */
    @Inject
    public DatasetCatalog(@Any Instance<ReportDataset> datasets) {
        this((Iterable<ReportDataset>) datasets);
    }

    /**
     * @param datasets the datasets, the first of each name winning
     */
    public DatasetCatalog(Iterable<ReportDataset> datasets) {
        datasets.forEach(d -> byName.putIfAbsent(d.name(), d));
    }

    /**
     * @param name a dataset's name
     * @return the dataset, or empty
     */
    public Optional<ReportDataset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public ReportData fetch(String dataset, ReportContext context, ReportArguments arguments) {
        return find(dataset).orElseThrow(() -> new IllegalArgumentException("No dataset is named " + dataset))
                .fetch(context, arguments);
    }

    /** @return every dataset as a template author needs to know it */
    public List<DatasetInfo> describe() {
        return byName.values().stream()
                .map(d -> new DatasetInfo(d.name(), d.description(),
                        d.parameters().stream().map(p -> new ParameterInfo(p.name(), p.type().name(), p.required(),
                                p.name())).toList(),
                        d.fields().stream().map(f -> new FieldInfo(f.name(), f.type(), f.description())).toList(),
                        d.templateParameters()))
                .toList();
    }

}

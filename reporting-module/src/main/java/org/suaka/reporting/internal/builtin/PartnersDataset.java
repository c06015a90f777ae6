package org.suaka.reporting.internal.builtin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;

/**
 * The office's partner organisations (IOM, UNHCR, local government, police) with their first contact: a
 * directory, read through the partner module's api, one row per organisation.
 */
@ApplicationScoped
public class PartnersDataset implements ReportDataset {

    /** The dataset's name. */
    public static final String NAME = "partners";

    private PartnerService partners;

    protected PartnersDataset() {
        // for CDI
    }

    /**
     * @param partners the partner module's api
     */
    @Inject
    public PartnersDataset(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "The office's partner organisations with their type, city and first contact";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(DatasetField.text("organisation", "the organisation's name"),
                DatasetField.text("type", "IOM, UNHCR, LOCAL_GOVERNMENT, POLICE or NGO"),
                DatasetField.text("city", "its city"),
                DatasetField.text("contact", "its first contact's name and position, or empty"),
                DatasetField.text("phone", "that contact's phone, or empty"));
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        List<Map<String, Object>> rows = partners.organisations().stream().map(PartnersDataset::row).toList();
        return new ReportData(Map.of(), rows);
    }

    private static Map<String, Object> row(OrganisationView organisation) {
        var contact = organisation.contacts().stream().findFirst();
        return Map.of("organisation", organisation.name(), "type", organisation.type().name(),
                "city", organisation.city() == null ? "" : organisation.city(),
                "contact", contact.map(c -> c.position() == null ? c.name() : c.name() + ", " + c.position()).orElse(""),
                "phone", contact.map(c -> c.phone() == null ? "" : c.phone()).orElse(""));
    }
}

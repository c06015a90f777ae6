package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportTemplate;

/**
 * The audit trail's last checkpoint as an official one-page document: how many entries the hash chain
 * held, the hash of the last one and when it was taken. Printed, signed and filed outside Suaka, it
 * anchors the chain: an attacker who rewrites the trail and its head together in the database still
 * cannot match a checkpoint on paper. Only administrators may issue it (the audit trail refuses everyone
 * else before a document number is used); the nightly {@link AuditCheckpointIssuer} issues it too.
 */
@ApplicationScoped
public class AuditCheckpointReport implements ReportDefinition {

    /** The report's id. */
    public static final String ID = "audit-checkpoint";

    static final String BUNDLE = "org.suaka.reporting.internal.builtin.audit_checkpoint";
    private static final ReportTemplate TEMPLATE = ReportTemplate.classpath(AuditCheckpointReport.class,
            "org/suaka/reporting/internal/builtin/audit-checkpoint.jrxml");

    private AuditCheckpointDataset dataset;

    protected AuditCheckpointReport() {
        // for CDI
    }

    /**
     * @param dataset where the checkpoint comes from
     */
    @Inject
    public AuditCheckpointReport(AuditCheckpointDataset dataset) {
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
        return ReportBundles.load(AuditCheckpointReport.class, BUNDLE, locale).getString("title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of();
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

/**
 * Official reports: the engine (JasperReports, internal only), the plugin SPI that built-in and external
 * reports implement, and the archive of issued PDFs. It reads the other modules through their apis only.
 */
module org.suaka.reporting {
    requires transitive org.suaka.platform;
    requires org.suaka.audit;
    requires org.suaka.office;
    requires org.suaka.registry;
    requires org.suaka.shelter;
    requires org.suaka.partner;
    requires transitive jakarta.validation;
    requires jakarta.persistence;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.ejb;
    requires jakarta.concurrency;
    requires jakarta.annotation;
    requires microprofile.metrics.api;
    requires microprofile.config.api;
    requires org.apache.pdfbox;
    requires com.google.zxing;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires net.sf.jasperreports.core;
    requires net.sf.jasperreports.pdf;
    requires java.sql;
    requires java.desktop;
    requires java.xml;

    exports org.suaka.reporting.api;
    exports org.suaka.reporting.spi;

    uses org.suaka.reporting.spi.ReportDefinition;

    opens org.suaka.reporting.internal.archive;
    opens org.suaka.reporting.internal.application;
    opens org.suaka.reporting.internal.builtin;
    opens org.suaka.reporting.internal.engine;
    opens org.suaka.reporting.internal.plugin;
}

/**
 * What a report plugin implements. A plugin supplies a {@link org.suaka.reporting.spi.ReportDefinition}:
 * its identity and version, its parameters, a JRXML template and a dataset built on the module apis.
 * The engine adds the office's letterhead, document number, place and date, signature block and
 * verification code as {@link org.suaka.reporting.spi.StandardParameters}. No JasperReports type appears
 * here, so plugins do not depend on the engine's version.
 */
package org.suaka.reporting.spi;

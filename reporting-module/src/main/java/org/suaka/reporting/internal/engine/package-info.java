/**
 * The JasperReports engine behind the reporting SPI: compiles each template once, fills it from a
 * dataset's rows and exports an official PDF with embedded fonts and document metadata. JasperReports
 * types appear only in this package.
 */
package org.suaka.reporting.internal.engine;

/**
 * What the web layer calls to list reports, issue official PDFs and verify an issued PDF later.
 */
package org.suaka.reporting.api;

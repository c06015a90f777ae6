/**
 * The archive of issued documents ({@code RPT_} tables): the yearly document-number sequence, and each
 * issued PDF with its SHA-256 and verification code, so that a presented file can be checked later.
 */
package org.suaka.reporting.internal.archive;

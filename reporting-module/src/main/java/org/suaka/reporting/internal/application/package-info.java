/**
 * The reporting service: finds the installed report, checks the caller's arguments, asks the dataset
 * for data, stamps the office's letterhead, number, date and signature, renders and archives the PDF.
 */
package org.suaka.reporting.internal.application;

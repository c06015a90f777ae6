/**
 * The report test kit: a plugin author's JUnit test renders a report from sample rows, with the server's
 * checks (descriptor, dataset, template sandbox) and engine (PDF/A-2b, QR code), and asserts on the PDF's
 * text, in seconds and without a server.
 */
package org.suaka.reporting.testkit;

/**
 * The official reports that ship with Suaka, written against the same SPI as external plugins. Each
 * report is a definition, a dataset built on the module apis, a JRXML template and a label bundle.
 */
package org.suaka.reporting.internal.builtin;

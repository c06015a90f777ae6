/**
 * How the partner module reads and writes its tables, and the start-up migration of the {@code PTR_}
 * schema.
 */
package org.suaka.partner.internal.persistence;

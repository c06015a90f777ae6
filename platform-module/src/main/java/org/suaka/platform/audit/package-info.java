/**
 * The audit contract. Every service call is put on the record at the service boundary by {@link
 * org.suaka.platform.audit.AuditRecorder}, whatever route it came by (REST, pages, scheduled jobs,
 * imports); the audit module implements {@link org.suaka.platform.audit.AuditLog} and keeps the
 * hash-chained trail, so that no domain module writes audit code of its own.
 */
package org.suaka.platform.audit;

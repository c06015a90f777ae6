/**
 * The audit trail: who read or changed what, when, from where and why. Entries are hash-chained, each
 * entry's hash covering its content and the previous entry's hash, so that editing or deleting an
 * entry in the database is detected by {@link org.suaka.web.audit.AuditTrail#verify()}.
 */
package org.suaka.web.audit;

/**
 * What administrators see of the audit trail: search, export and verification of the hash chain with
 * its checkpoints. Entries are written through the kernel's {@link org.suaka.platform.audit.AuditLog}, never
 * through this api.
 */
package org.suaka.audit.api;

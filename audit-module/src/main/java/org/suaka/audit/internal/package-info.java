/**
 * The trail behind the kernel's audit contract. Each call appends one row in its own transaction,
 * without locking anything shared; a single writer ({@link org.suaka.audit.internal.AuditChainer})
 * then links the waiting rows into the hash chain in blocks, and the chain's head is written to a
 * checkpoint file outside the database every night.
 */
package org.suaka.audit.internal;

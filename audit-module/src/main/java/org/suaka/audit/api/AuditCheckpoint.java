package org.suaka.audit.api;

import java.time.Instant;

/**
 * The head of the chain written outside the database, so that rewriting the tail and the head together is
 * still detected.
 *
 * @param chainSeq how many entries the chain held
 * @param headHash the hash of the last of them
 * @param takenAt when
 */
public record AuditCheckpoint(long chainSeq, String headHash, Instant takenAt) {
}

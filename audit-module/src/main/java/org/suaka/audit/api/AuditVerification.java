package org.suaka.audit.api;

/**
 * The result of checking the whole chain and its last checkpoint.
 *
 * @param intact whether every entry is unchanged, none is missing, and the chain still passes through the
 *     last checkpoint
 * @param entries how many chained entries were checked
 * @param firstBrokenSeq the first chain position whose content or link does not match, or 0 when intact
 * @param checkpointSeq the chain position of the last checkpoint, or 0 when there is none yet
 */
public record AuditVerification(boolean intact, long entries, long firstBrokenSeq, long checkpointSeq) {
}

package org.suaka.web.audit;

/**
 * The result of checking the whole chain.
 *
 * @param intact whether every entry is unchanged and none is missing
 * @param entries how many entries were checked
 * @param firstBrokenSeq the first entry whose content or link does not match, or 0 when intact
 */
public record AuditVerification(boolean intact, long entries, long firstBrokenSeq) {
}

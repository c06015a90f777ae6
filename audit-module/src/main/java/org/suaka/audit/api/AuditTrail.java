package org.suaka.audit.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * The audit trail for administrators: search, export page by page, verification, checkpoints.
 */
public interface AuditTrail {

    /**
     * @param query the filters
     * @param page the slice
     * @return matching entries, latest first, with the total
     */
    ResultPage<AuditRecord> search(@NotNull @Valid AuditQuery query, @NotNull @Valid PageRequest page);

    /**
     * Reads the trail in pages without counting, for exports of any length: pass 0 first, then the last id
     * of the previous slice.
     *
     * @param query the filters
     * @param afterId only entries written after this one
     * @param limit how many at most
     * @return matching entries in the order they were written
     */
    List<AuditRecord> slice(@NotNull @Valid AuditQuery query, @Min(0) long afterId,
            @Min(1) @Max(PageRequest.MAX_LIMIT) int limit);

    /**
     * Chains what waits to be chained, then recomputes every hash in order and checks that the chain
     * still passes through the last checkpoint.
     *
     * @return whether the chain is intact, and where it breaks
     */
    AuditVerification verify();

    /**
     * Writes the chain's head to the checkpoint directory now (also done every night).
     *
     * @return the checkpoint written
     */
    AuditCheckpoint checkpoint();

    /**
     * @return the last checkpoint written to the checkpoint directory, or empty when none was written yet
     */
    Optional<AuditCheckpoint> lastCheckpoint();
}

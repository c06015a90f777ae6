package org.suaka.reporting.api;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.suaka.platform.api.PageRequest;

/**
 * Which issued documents to list: every filter is optional.
 *
 * @param reportId only this report's documents, or null
 * @param month only documents issued in this month (UTC), or null
 * @param issuedBy only documents issued by this user, or null
 * @param page the slice to return, latest first
 */
public record IssuedQuery(@Size(max = 100) String reportId, YearMonth month, @Size(max = 100) String issuedBy,
        @NotNull @Valid PageRequest page) {
}

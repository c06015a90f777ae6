package org.suaka.registry.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.suaka.platform.api.PlausibleDate;

/**
 * A person's monthly self-report (lapor diri, Perpres 125/2016 Pasal 36) as the officer took it.
 *
 * @param reportedOn the day the person reported, not after today in the office
 * @param remarks what the officer noted, e.g. a change of address; may be empty
 */
public record RecordSelfReport(@NotNull @PlausibleDate LocalDate reportedOn, @Size(max = 500) String remarks) {
}

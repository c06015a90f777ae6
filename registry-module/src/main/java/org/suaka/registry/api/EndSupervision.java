package org.suaka.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.suaka.platform.api.PlausibleDate;

/**
 * The office's supervision of a person ends: resettled, returned, deported, transferred, absconded or
 * deceased.
 *
 * @param until the last day of supervision
 * @param version the version of the person the caller saw
 */
public record EndSupervision(@NotNull @PlausibleDate LocalDate until, @NotNull @PositiveOrZero Long version) {
}

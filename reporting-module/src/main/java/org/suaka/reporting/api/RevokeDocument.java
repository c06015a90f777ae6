package org.suaka.reporting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Withdraws an issued document.
 *
 * @param reason why, e.g. {@code Angka keliru: diganti dengan dokumen W22.RDN.KPG-0012}
 */
public record RevokeDocument(@NotBlank @Size(max = 500) String reason) {
}

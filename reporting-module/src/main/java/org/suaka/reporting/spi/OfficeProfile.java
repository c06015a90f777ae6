package org.suaka.reporting.spi;

import java.util.List;

/**
 * The issuing office as it appears on official documents. Ministry names, letterhead lines and the
 * signatory change with reorganisations, so all of it is configuration.
 *
 * @param letterhead the letterhead lines above the office name, e.g. the ministry and directorate
 * @param officeName the office's full name, e.g. {@code Rumah Detensi Imigrasi Kupang}
 * @param address the office's address line under its name
 * @param city the place printed before the date, e.g. {@code Kupang}
 * @param signatoryTitle the signatory's position, e.g. {@code Kepala Rumah Detensi Imigrasi Kupang}
 * @param signatoryName the signatory's name
 * @param signatoryNip the signatory's NIP (civil-servant number)
 */
public record OfficeProfile(List<String> letterhead, String officeName, String address, String city,
        String signatoryTitle, String signatoryName, String signatoryNip) {

    public OfficeProfile {
        letterhead = List.copyOf(letterhead);
    }
}

package org.suaka.office.api;

import java.time.LocalDate;
import java.util.List;

import org.suaka.platform.office.OfficeId;

/**
 * An office as the API shows it.
 *
 * @param id the office's id
 * @param parent the office above it, or null for the top office
 * @param code a short code, e.g. {@code KPG}
 * @param name e.g. {@code Rumah Detensi Imigrasi Kupang}
 * @param address the street address, or null
 * @param city the city named on its documents, e.g. {@code Kupang}
 * @param timeZone the IANA time zone of its days, e.g. {@code Asia/Makassar}
 * @param letterhead the lines above the office's name on its documents, top first
 * @param signatory who signs its documents
 * @param documentNumberPattern the pattern of its document numbers
 * @param established the day the office was established: no report reaches back before it
 * @param national whether it is the top office, whose users read every office
 * @param version the optimistic-lock version to send back with a change
 */
public record OfficeView(OfficeId id, OfficeId parent, String code, String name, String address, String city,
        String timeZone, List<String> letterhead, Signatory signatory, String documentNumberPattern,
        LocalDate established, boolean national, long version) {

    public OfficeView {
        letterhead = List.copyOf(letterhead);
    }
}

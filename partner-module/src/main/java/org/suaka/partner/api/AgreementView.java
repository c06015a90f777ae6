package org.suaka.partner.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.suaka.platform.access.DataCategory;

/**
 * A cooperation agreement with a partner.
 *
 * @param id the agreement's id
 * @param organisationId the partner
 * @param organisationName its name
 * @param number the agreement's number
 * @param subject what it is about
 * @param signedOn the day it was signed
 * @param validFrom the first day it holds
 * @param validTo the last day it holds, or null for no end
 * @param scope the categories of personal data it grants while valid
 * @param scanType the media type of its scan, or null while none is attached
 * @param recordedBy who recorded it
 * @param version the optimistic-lock version
 */
public record AgreementView(UUID id, OrganisationId organisationId, String organisationName, String number, String subject,
        LocalDate signedOn, LocalDate validFrom, LocalDate validTo, Set<DataCategory> scope, String scanType, String recordedBy,
        long version) {

    public AgreementView {
        scope = Set.copyOf(scope);
    }
}

package org.suaka.partner.api;

/**
 * An organisation named in another record, with its name for display.
 *
 * @param id the organisation's id
 * @param name its name
 */
public record OrganisationRef(OrganisationId id, String name) {
}

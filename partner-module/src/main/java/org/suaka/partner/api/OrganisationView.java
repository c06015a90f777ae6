package org.suaka.partner.api;

import java.util.List;

/**
 * A partner organisation as other modules and the web layer see it.
 *
 * @param id its id
 * @param name its name
 * @param type its kind
 * @param city where its office is, or null
 * @param address its street address, or null
 * @param parentId the organisation it is a branch of, or null
 * @param status whether the office still works with it
 * @param contacts its contacts, in the order recorded
 * @param version the optimistic-lock version
 */
public record OrganisationView(OrganisationId id, String name, OrganisationType type, String city, String address,
        OrganisationId parentId, OrganisationStatus status, List<Contact> contacts, long version) {

    public OrganisationView {
        contacts = List.copyOf(contacts);
    }
}

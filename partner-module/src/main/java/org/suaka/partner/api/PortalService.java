package org.suaka.partner.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.suaka.platform.access.DataCategory;

/**
 * What a user of the partner role sees of their own organisation in the partner portal: the organisation,
 * the data categories its agreements grant today, and its visits and meetings with the office. A partner user
 * linked to no organisation sees none of it.
 */
public interface PortalService {

    /** @return the organisation the calling partner user works for, when they are linked to one */
    Optional<OrganisationView> organisation();

    /** @return the data categories the caller's organisation is granted today; none when linked to none */
    Set<DataCategory> grantedToday();

    /** @return the visits and meetings of the caller's organisation, latest first; none when linked to none */
    List<VisitView> visits();
}

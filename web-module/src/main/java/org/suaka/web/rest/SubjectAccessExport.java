package org.suaka.web.rest;

import java.time.Instant;
import java.util.List;

import org.suaka.audit.api.AuditRecord;
import org.suaka.partner.api.VisitView;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.PlacementView;

/**
 * Everything Suaka holds on one person, for a subject-access request under UU 27/2022: the registry
 * record, the consents given, every placement, every partner meeting where the case was discussed, and who accessed the
 * record when.
 *
 * @param person the registry record
 * @param consents the consents the person gave, latest first
 * @param placements every placement, oldest first
 * @param visits the partner visits that discussed the person, latest first
 * @param accessLog the audit entries about the person, latest first (up to 500)
 * @param exportedAt when this export was made
 */
public record SubjectAccessExport(PersonView person, List<ConsentView> consents, List<PlacementView> placements, List<VisitView> visits,
        List<AuditRecord> accessLog, Instant exportedAt) {
}

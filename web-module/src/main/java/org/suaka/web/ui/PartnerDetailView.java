package org.suaka.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AgreementView;
import org.suaka.partner.api.AttachmentView;
import org.suaka.partner.api.Contact;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.VisitAttachmentService;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.PageRequest;

/**
 * One partner organisation with its contacts and the minutes of its visits.
 */
@Named("partnerDetail")
@RequestScoped
public class PartnerDetailView {

    @Inject
    PartnerService partners;

    @Inject
    AgreementService agreementService;

    @Inject
    ActionItemService actionItems;

    @Inject
    Clock clock;

    @Inject
    VisitAttachmentService attachments;

    private final java.util.Map<VisitId, List<ActionItemView>> agreedAt = new java.util.HashMap<>();
    private final java.util.Map<VisitId, List<AttachmentView>> attachedTo = new java.util.HashMap<>();

    private String id;
    private OrganisationView organisation;
    private List<VisitView> visits = List.of();
    private String parentName;
    private List<AgreementView> agreements = List.of();

    /** Loads the organisation named by the {@code id} view parameter. */
    public void load() {
        organisation = OrganisationId.parse(id).flatMap(partners::findOrganisation).orElse(null);
        if (organisation == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        visits = partners.visits(organisation.id());
        parentName = organisation.parentId() == null ? null
                : partners.findOrganisation(organisation.parentId()).map(OrganisationView::name).orElse(null);
        agreements = agreementService.list(organisation.id(), new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    /**
     * @param contact one of the organisation's contacts
     * @return whether they are the office's contact today
     */
    public boolean current(Contact contact) {
        return contact.isActiveOn(LocalDate.now(clock));
    }

    /** @return the id from the URL */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the organisation, or null when the id names none */
    public OrganisationView getOrganisation() {
        return organisation;
    }

    /** @return the name of the organisation it is a branch of, or null */
    public String getParentName() {
        return parentName;
    }

    /** @return its cooperation agreements, the latest to begin first */
    public List<AgreementView> getAgreements() {
        return agreements;
    }

    /**
     * @param agreement one of its agreements
     * @return the categories of data it grants, in their order
     */
    public List<DataCategory> categoriesOf(AgreementView agreement) {
        return agreement.scope().stream().sorted().toList();
    }

    /**
     * @param visit one of its visits
     * @return the action items agreed at it, read once per request
     */
    public List<ActionItemView> actionItemsOf(VisitView visit) {
        return agreedAt.computeIfAbsent(visit.id(), actionItems::of);
    }

    /**
     * @param visit one of the visits shown
     * @return the files attached to it
     */
    public List<AttachmentView> attachmentsOf(VisitView visit) {
        return attachedTo.computeIfAbsent(visit.id(), attachments::of);
    }

    /** @return its visits, latest first */
    public List<VisitView> getVisits() {
        return visits;
    }
}

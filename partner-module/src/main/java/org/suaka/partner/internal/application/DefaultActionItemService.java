package org.suaka.partner.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AddActionItem;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitNotFoundException;
import org.suaka.partner.internal.domain.ActionItem;
import org.suaka.partner.internal.domain.Visit;
import org.suaka.partner.internal.persistence.ActionItemRepository;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/** Keeps the action items agreed at the office's visits and meetings. Office staff only. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultActionItemService implements ActionItemService {

    private ActionItemRepository items;
    private PartnerRepository partners;
    private OfficeScope offices;
    private Clock clock;
    private Validator validator;

    public DefaultActionItemService() {
        // for CDI
    }

    /**
     * @param items where action items are kept
     * @param partners where visits are kept
     * @param offices the offices the caller reads and writes for
     * @param clock the office's clock
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultActionItemService(ActionItemRepository items, PartnerRepository partners, OfficeScope offices, Clock clock,
            Validator validator) {
        this.items = items;
        this.partners = partners;
        this.offices = offices;
        this.clock = clock;
        this.validator = validator;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ActionItemView add(VisitId visitId, AddActionItem command) {
        Commands.valid(validator, command);
        OfficeId mine = offices.writable();
        Visit visit = partners.find(visitId).filter(v -> v.office().equals(mine))
                .orElseThrow(() -> new VisitNotFoundException(visitId));
        ActionItem item = new ActionItem(visit, command);
        items.add(item);
        return item.toView();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public ActionItemView markDone(UUID id, Long version) {
        OfficeId mine = offices.writable();
        ActionItem item = items.findForUpdate(id).filter(i -> i.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("action item", id.toString()));
        item.markDone(LocalDate.now(clock), version);
        items.flush();
        return item.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ActionItemView> of(VisitId visitId) {
        return items.of(visitId).stream().map(ActionItem::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<ActionItemView> open(PageRequest page) {
        return items.open(page).map(ActionItem::toView);
    }
}

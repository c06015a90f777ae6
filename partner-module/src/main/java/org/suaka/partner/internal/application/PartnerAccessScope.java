package org.suaka.partner.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;

/**
 * The data-sharing scope as the partner module owns it: office staff see everything; a user in the
 * {@value #PARTNER_ROLE} role sees the categories granted today to the organisation they work for,
 * and nothing when they work for none. Work the container does on its own (start-up, scheduled jobs)
 * has no caller and sees everything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerAccessScope implements AccessScope {

    /** The role of partner staff. */
    public static final String PARTNER_ROLE = "PARTNER";

    private PartnerRepository partners;
    private SecurityContext security;
    private Clock clock;

    protected PartnerAccessScope() {
        // for CDI
    }

    /**
     * @param partners where grants and partner users are stored
     * @param security who is calling
     * @param clock the office's clock
     */
    @Inject
    public PartnerAccessScope(PartnerRepository partners, SecurityContext security, Clock clock) {
        this.partners = partners;
        this.security = security;
        this.clock = clock;
    }

    @Override
    public Set<DataCategory> visibleToCaller() {
        if (security.getCallerPrincipal() == null || !security.isCallerInRole(PARTNER_ROLE)) {
            return EnumSet.allOf(DataCategory.class);
        }
        return partners.grantsOfUser(security.getCallerPrincipal().getName(), LocalDate.now(clock));
    }
}

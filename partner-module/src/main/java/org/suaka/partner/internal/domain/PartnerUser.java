package org.suaka.partner.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A user of the server's registry who works for a partner organisation.
 */
@Entity
@Table(name = "PTR_PARTNER_USER")
public class PartnerUser {

    @Id
    @Column(name = "USER_NAME", length = 100)
    private String userName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private Organisation organisation;

    protected PartnerUser() {
        // for JPA
    }

    /**
     * @param userName the user's name in the registry
     * @param organisation the partner
     */
    public PartnerUser(String userName, Organisation organisation) {
        this.userName = userName;
        this.organisation = organisation;
    }

    /** @param organisation the partner the user now works for */
    public void moveTo(Organisation organisation) {
        this.organisation = organisation;
    }
}

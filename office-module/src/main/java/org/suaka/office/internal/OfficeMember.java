package org.suaka.office.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.suaka.office.api.Membership;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeIdConverter;

/**
 * The office a user of the user registry works for: one per user.
 */
@Entity
@Table(name = "ORG_OFFICE_MEMBER")
public class OfficeMember {

    @Id
    @Column(name = "USER_NAME", length = 100)
    private String userName;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected OfficeMember() {
        // for JPA
    }

    OfficeMember(String userName, OfficeId office) {
        this.userName = userName;
        this.office = office;
    }

    OfficeId office() {
        return office;
    }

    void moveTo(OfficeId office) {
        this.office = office;
    }

    Membership toView() {
        return new Membership(userName, office);
    }
}

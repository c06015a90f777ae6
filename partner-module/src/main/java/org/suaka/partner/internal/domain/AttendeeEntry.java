package org.suaka.partner.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.suaka.partner.api.Attendee;

/**
 * An attendee as stored in {@code PTR_VISIT_ATTENDEE}.
 */
@Embeddable
public class AttendeeEntry {

    @Column(name = "NAME", nullable = false, length = 150)
    private String name;

    @Column(name = "POSITION", length = 200)
    private String position;

    @Column(name = "AFFILIATION", length = 150)
    private String affiliation;

    protected AttendeeEntry() {
        // for JPA
    }

    AttendeeEntry(Attendee attendee) {
        this.name = attendee.name().strip();
        this.position = attendee.position();
        this.affiliation = attendee.affiliation();
    }

    Attendee toAttendee() {
        return new Attendee(name, position, affiliation);
    }
}

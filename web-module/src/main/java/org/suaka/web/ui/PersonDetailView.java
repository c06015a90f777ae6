package org.suaka.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.web.audit.AuditEvent;
import org.suaka.web.audit.AuditTrail;

/**
 * One person's record with where they stay today: composed here from the registry and the shelter
 * module, since neither may call the other's way. Every view of the record is put on the audit trail.
 */
@Named("personDetail")
@RequestScoped
public class PersonDetailView {

    @Inject
    PersonService persons;

    @Inject
    PlacementService placements;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    private String id;
    private PersonView person;
    private PlacementView placement;

    /** Loads the person named by the {@code id} view parameter. */
    public void load() {
        Optional<PersonId> personId = PersonId.parse(id);
        person = personId.flatMap(persons::find).orElse(null);
        if (person == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        placement = placements.placementOn(person.id(), LocalDate.now(clock)).orElse(null);
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        audit.record(new AuditEvent(request.getUserPrincipal().getName(), "READ", "persons", person.id().toString(),
                "GET /app/person.xhtml", request.getRemoteAddr(), null));
    }

    /** @return the id from the URL */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the person, or null when the id names none */
    public PersonView getPerson() {
        return person;
    }

    /** @return today's placement, or null when the person is not placed */
    public PlacementView getPlacement() {
        return placement;
    }
}

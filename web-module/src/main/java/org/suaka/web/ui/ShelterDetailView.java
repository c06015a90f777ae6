package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.CloseShelter;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.EndPlacement;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterFigures;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UnitView;

/**
 * One shelter with who stays there today: placing a person, and ending a stay after confirmation.
 * Names come from the registry in one query for the whole list.
 */
@Named("shelterDetail")
@ViewScoped
public class ShelterDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShelterService shelters;

    @Inject
    transient PlacementService placements;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    @Inject
    transient OccupancyStatistics occupancy;

    private String id;
    private ShelterView shelter;
    private long occupantCount;
    private String personToPlace;
    private String unitToPlace;
    private String overrideReason;
    private LocalDate figuresOn;
    private ShelterFigures figures;
    private List<UnitView> units = List.of();
    private String newUnitName;
    private Integer newUnitCapacity;
    private LocalDate closeOn;
    private final Map<PersonId, PersonView> names = new HashMap<>();
    private final LazyDataModel<PlacementView> occupants = new ServicePages<PlacementView>(
            page -> placements.occupants(shelter.id(), today(), page), row -> row.id().toString())
            .whenShown(this::name);
    private final LazyDataModel<PlacementView> history = new ServicePages<PlacementView>(
            page -> placements.history(shelter.id(), page), row -> row.id().toString())
            .whenShown(this::name);

    /** Looks up the names of the persons of a page shown, one query per page. */
    private void name(List<PlacementView> rows) {
        names.putAll(persons.findAll(rows.stream().map(PlacementView::personId).distinct().toList()));
    }

    /** @return who stays there today, paged by the database */
    public LazyDataModel<PlacementView> getOccupants() {
        return occupants;
    }

    /** @return how many stay there today */
    public long getOccupantCount() {
        return occupantCount;
    }

    /** @return the shelter's placements, past and present, paged by the database */
    public LazyDataModel<PlacementView> getHistory() {
        return history;
    }

    /**
     * @param placement a placement of a page shown
     * @return the person's name as the registry has it
     */
    public String nameOf(PlacementView placement) {
        PersonView person = names.get(placement.personId());
        return person == null ? placement.personId().toString() : person.fullName();
    }

    /** Loads the shelter named by the {@code id} view parameter and today's occupants. */
    public void load() {
        shelter = ShelterId.parse(id).flatMap(shelters::find).orElse(null);
        if (shelter == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        occupantCount = placements.occupants(shelter.id(), today(), new PageRequest(0, 1)).total();
        units = shelters.unitsOf(shelter.id());
        if (figuresOn == null) {
            figuresOn = today();
        }
        figures = occupancy.figuresOn(shelter.id(), figuresOn);
    }

    /** Counts the shelter again on the day chosen. */
    public void countOn() {
        load();
    }

    /** Records a unit of the shelter with the name and capacity typed. */
    public void addUnit() {
        FormFailures.submit("units", () -> {
            shelters.addUnit(shelter.id(), new CreateUnit(newUnitName, newUnitCapacity));
            Messages.info(Messages.text("unit.added", newUnitName));
            newUnitName = null;
            newUnitCapacity = null;
            return null;
        });
        load();
    }

    /** Closes the shelter from the day chosen; the confirm dialog has been answered. */
    public void close() {
        FormFailures.submit("closing", () -> {
            shelters.close(shelter.id(), new CloseShelter(closeOn, shelter.version()));
            Messages.info(Messages.text("shelter.closed", shelter.name()));
            return null;
        });
        load();
    }

    /**
     * Ends a stay today; the confirm dialog has been answered.
     *
     * @param occupant whose stay ends
     */
    public void end(PlacementView occupant) {
        try {
            placements.end(occupant.id(), new EndPlacement(today(), occupant.version()));
            Messages.info(Messages.text("shelter.ended", nameOf(occupant)));
        } catch (BusinessRuleException | StaleVersionException e) {
            Messages.error(null, Messages.text("shelter.changedMeanwhile"));
        }
        load();
    }

    /** Places the chosen person here from today. */
    public void place() {
        try {
            PersonId person = PersonId.parse(personToPlace).orElseThrow(() ->
                    new InvalidFieldException("personId", Messages.text("shelter.choosePerson")));
            UUID unit = unitToPlace == null || unitToPlace.isBlank() ? null : UUID.fromString(unitToPlace);
            placements.place(new PlacePerson(person, shelter.id(), today(), unit, overrideReason));
            personToPlace = null;
            overrideReason = null;
        } catch (InvalidFieldException e) {
            Messages.error("place:person", Messages.text("shelter.choosePerson"));
        } catch (BusinessRuleException | AccessDeniedException e) {
            Messages.error("place:person", e instanceof BusinessRuleException rule
                    ? Messages.textOr("rule." + rule.rule(), rule.getMessage()) : e.getMessage());
        }
        load();
    }

    /**
     * @param text what the user typed
     * @return up to ten persons whose name contains it
     */
    public List<PersonView> complete(String text) {
        return persons.search(new PersonSearch(text, null, new PageRequest(0, 10))).items();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the id from the URL */
    public String getId() {
        return id;
    }

    /** @param id the id from the URL */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the shelter, or null when the id names none */
    public ShelterView getShelter() {
        return shelter;
    }

    /** @return who the shelter housed on the day counted, as a whole and per unit */
    public ShelterFigures getFigures() {
        return figures;
    }

    /** @return the units of the shelter, by name */
    public List<UnitView> getUnits() {
        return units;
    }

    /** @return the day counted */
    public LocalDate getFiguresOn() {
        return figuresOn;
    }

    /** @param figuresOn the day to count */
    public void setFiguresOn(LocalDate figuresOn) {
        this.figuresOn = figuresOn;
    }

    /** @return the unit chosen for the person placed, or empty */
    public String getUnitToPlace() {
        return unitToPlace;
    }

    /** @param unitToPlace the unit chosen for the person placed, or empty */
    public void setUnitToPlace(String unitToPlace) {
        this.unitToPlace = unitToPlace;
    }

    /** @return a supervisor's reason to fill a full shelter or unit */
    public String getOverrideReason() {
        return overrideReason;
    }

    /** @param overrideReason a supervisor's reason to fill a full shelter or unit */
    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    /** @return the name of the unit to record */
    public String getNewUnitName() {
        return newUnitName;
    }

    /** @param newUnitName the name of the unit to record */
    public void setNewUnitName(String newUnitName) {
        this.newUnitName = newUnitName;
    }

    /** @return the capacity of the unit to record */
    public Integer getNewUnitCapacity() {
        return newUnitCapacity;
    }

    /** @param newUnitCapacity the capacity of the unit to record */
    public void setNewUnitCapacity(Integer newUnitCapacity) {
        this.newUnitCapacity = newUnitCapacity;
    }

    /** @return the first day the shelter is to be closed */
    public LocalDate getCloseOn() {
        return closeOn;
    }

    /** @param closeOn the first day the shelter is to be closed */
    public void setCloseOn(LocalDate closeOn) {
        this.closeOn = closeOn;
    }

    /** @return the id of the person chosen to be placed */
    public String getPersonToPlace() {
        return personToPlace;
    }

    /** @param personToPlace the id of the person chosen to be placed */
    public void setPersonToPlace(String personToPlace) {
        this.personToPlace = personToPlace;
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterType;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.UpdateShelter;

/**
 * The form that records a new shelter, and corrects one when opened with {@code ?id=} (its own page).
 * The shelter module validates it and each message is shown beside its field; a correction sends the
 * version read when the form opened, so that a change made meanwhile by someone else is not overwritten.
 */
@Named("shelterForm")
@ViewScoped
public class ShelterFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "shelter";

    @Inject
    ShelterService shelters;

    @Inject
    PartnerService partners;

    private String id;
    private Long version;
    private String name;
    private String address;
    private String city;
    private Integer capacity;
    private ShelterType type;
    private String operatorId;
    private List<Facility> facilities = new ArrayList<>();

    /** Fills the form from the shelter named by the {@code id} view parameter, for a correction. */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        ShelterView shelter = ShelterId.parse(id).flatMap(shelters::find).orElse(null);
        if (shelter == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            id = null;
            return;
        }
        name = shelter.name();
        address = shelter.address();
        city = shelter.city();
        capacity = shelter.capacity();
        type = shelter.type();
        operatorId = shelter.operatorId() == null ? null : shelter.operatorId().toString();
        facilities = new ArrayList<>(shelter.facilities());
        version = shelter.version();
    }

    /** @return whether the form corrects a recorded shelter */
    public boolean isEditing() {
        return version != null;
    }

    /** @return the shelter's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            ShelterView shelter = isEditing()
                    ? shelters.update(ShelterId.parse(id).orElseThrow(), new UpdateShelter(name,
                            address == null ? "" : address, city, capacity, type, operator(), Set.copyOf(facilities), version))
                    : shelters.create(new CreateShelter(name, address, city, capacity, type, operator(), Set.copyOf(facilities)));
            if (isEditing()) {
                Messages.info(Messages.text("shelter.corrected", shelter.name()));
            }
            return "/app/shelter.xhtml?faces-redirect=true&id=" + shelter.id();
        });
    }

    private UUID operator() {
        return operatorId == null || operatorId.isBlank() ? null : UUID.fromString(operatorId);
    }

    /** @return the partner organisations that may run or fund a shelter, by name */
    public List<OrganisationView> getOperators() {
        return partners.organisations();
    }

    /** @return the kinds of shelter */
    public ShelterType[] getTypes() {
        return ShelterType.values();
    }

    /** @return the facilities a shelter may provide */
    public Facility[] getAllFacilities() {
        return Facility.values();
    }

    /** @return what kind of place the shelter is */
    public ShelterType getType() {
        return type;
    }

    /** @param type what kind of place the shelter is */
    public void setType(ShelterType type) {
        this.type = type;
    }

    /** @return the id of the organisation that runs or funds it, or null */
    public String getOperatorId() {
        return operatorId;
    }

    /** @param operatorId the id of the organisation that runs or funds it, or empty */
    public void setOperatorId(String operatorId) {
        this.operatorId = operatorId;
    }

    /** @return the facilities it provides */
    public List<Facility> getFacilities() {
        return facilities;
    }

    /** @param facilities the facilities it provides */
    public void setFacilities(List<Facility> facilities) {
        this.facilities = facilities == null ? new ArrayList<>() : new ArrayList<>(facilities);
    }

    /** @return the id of the shelter being corrected, or null */
    public String getId() {
        return id;
    }

    /** @param id the id of the shelter to correct */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the name typed */
    public String getName() {
        return name;
    }

    /** @param name the name typed */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the address typed */
    public String getAddress() {
        return address;
    }

    /** @param address the address typed */
    public void setAddress(String address) {
        this.address = address;
    }

    /** @return the city typed */
    public String getCity() {
        return city;
    }

    /** @param city the city typed */
    public void setCity(String city) {
        this.city = city;
    }

    /** @return the capacity typed */
    public Integer getCapacity() {
        return capacity;
    }

    /** @param capacity the capacity typed */
    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}

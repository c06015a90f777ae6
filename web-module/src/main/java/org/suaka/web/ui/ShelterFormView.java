package org.suaka.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.shelter.api.CreateShelter;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The form that records a new shelter; the shelter module validates it and each message is shown
 * beside its field.
 */
@Named("shelterForm")
@RequestScoped
public class ShelterFormView {

    private static final String FORM = "shelter";

    @Inject
    ShelterService shelters;

    private String name;
    private String address;
    private String city;
    private Integer capacity;

    /** @return the new shelter's page, or null to stay on the form with the messages shown */
    public String create() {
        try {
            ShelterView shelter = shelters.create(new CreateShelter(name, address, city, capacity));
            return "/app/shelter.xhtml?faces-redirect=true&id=" + shelter.id();
        } catch (ConstraintViolationException e) {
            Messages.besideFields(FORM, e);
        } catch (BusinessRuleException e) {
            Messages.error(FORM + ":name", e.getMessage());
        }
        return null;
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

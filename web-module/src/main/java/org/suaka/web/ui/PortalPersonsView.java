package org.suaka.web.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;

/**
 * The portal's list of persons: the registry's search under the partner's scope, which leaves empty the fields
 * of categories their agreement does not grant; paged by the database.
 */
@Named("portalPersons")
@ViewScoped
public class PortalPersonsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService persons;

    private String name;
    private final LazyDataModel<PersonView> model = new ServicePages<PersonView>(
            page -> persons.search(new PersonSearch(name, null, page)), row -> row.id().toString());

    /** @return the table's lazy model */
    public LazyDataModel<PersonView> getModel() {
        return model;
    }

    /** @return the part of a name the list is narrowed to */
    public String getName() {
        return name;
    }

    /** @param name the part of a name to narrow the list to */
    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.strip();
    }
}

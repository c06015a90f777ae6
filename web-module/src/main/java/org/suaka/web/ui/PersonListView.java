package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.Vulnerability;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The list of persons: one page at a time from the database, filtered and sorted there, so that it
 * stays fast however many persons the office holds.
 */
@Named("personList")
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService persons;

    @Inject
    transient FamilyService families;

    @Inject
    transient ShelterService shelters;

    @Inject
    transient PlacementService placements;

    @Inject
    transient Clock clock;

    private Map<PersonId, Integer> familySizes = Map.of();

    private final LazyDataModel<PersonView> model = new PersonPages();

    private SupervisionStatus status;
    private Vulnerability vulnerability;
    private String number;
    private String shelterId;
    private String nameShown;
    private String nationalityShown;

    /**
     * @param person a person of the page shown
     * @return the size of their family, or "single" when they belong to none or live alone in theirs
     */
    public String familyLabel(PersonView person) {
        int size = familySizes.getOrDefault(person.id(), 1);
        return size <= 1 ? Messages.text("family.single") : Messages.text("family.size", size);
    }

    /** @return the status the list is filtered by, or null */
    public SupervisionStatus getStatus() {
        return status;
    }

    /** @param status the status to filter by, or null for all */
    public void setStatus(SupervisionStatus status) {
        this.status = status;
    }

    /** @return the specific need the list is filtered by, or null */
    public Vulnerability getVulnerability() {
        return vulnerability;
    }

    /** @param vulnerability the need to filter by, or null for all */
    public void setVulnerability(Vulnerability vulnerability) {
        this.vulnerability = vulnerability;
    }

    /** @return the specific needs to filter by */
    public Vulnerability[] getVulnerabilities() {
        return Vulnerability.values();
    }

    /** @return the number (UNHCR, document or card) the list is filtered by, or null */
    public String getNumber() {
        return number;
    }

    /** @param number a UNHCR, document or card number to filter by, or empty for all */
    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip();
    }

    /** @return the shelter whose occupants today the list shows, or null */
    public String getShelterId() {
        return shelterId;
    }

    /** @param shelterId the shelter whose occupants today to show, or empty for all */
    public void setShelterId(String shelterId) {
        this.shelterId = shelterId == null || shelterId.isBlank() ? null : shelterId;
    }

    /**
     * Sends the browser to the export of the list as it is filtered now.
     *
     * @param format {@code xlsx} or {@code csv}
     * @throws java.io.IOException when the redirect fails
     */
    public void export(String format) throws java.io.IOException {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("format", format);
        query.put("lang", FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        query.put("name", nameShown);
        query.put("nationality", nationalityShown);
        query.put("status", status == null ? null : status.name());
        query.put("vulnerability", vulnerability == null ? null : vulnerability.name());
        query.put("number", number);
        query.put("shelter", shelterId);
        String encoded = query.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/api/v1/exports/persons?" + encoded);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** @return the shelters to filter by, by name */
    public List<ShelterView> getShelters() {
        return shelters.list();
    }

    /** @return the statuses to filter by */
    public SupervisionStatus[] getStatuses() {
        return SupervisionStatus.values();
    }

    /** @return the table's lazy model */
    public LazyDataModel<PersonView> getModel() {
        return model;
    }

    private final class PersonPages extends LazyDataModel<PersonView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 1, Map.of(), filters).total();
        }

        @Override
        public List<PersonView> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            ResultPage<PersonView> page = page(first, pageSize, sort, filters);
            setRowCount((int) page.total());
            familySizes = families.familySizes(page.items().stream().map(PersonView::id).toList());
            return page.items();
        }

        @Override
        public String getRowKey(PersonView person) {
            return person.id().toString();
        }

        private ResultPage<PersonView> page(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            SortMeta order = sort.values().stream().findFirst().orElse(null);
            PersonSearch.Sort by = order == null ? PersonSearch.Sort.NAME : switch (order.getField()) {
                case "nationality" -> PersonSearch.Sort.NATIONALITY;
                case "dateOfBirth" -> PersonSearch.Sort.DATE_OF_BIRTH;
                case "supervisedFrom" -> PersonSearch.Sort.SUPERVISED_FROM;
                default -> PersonSearch.Sort.NAME;
            };
            boolean descending = order != null && order.getOrder() == SortOrder.DESCENDING;
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
            String nationality = filter(filters, "nationality");
            nameShown = filter(filters, "familyName");
            nationalityShown = nationality == null ? null : nationality.toUpperCase(java.util.Locale.ROOT);
            return persons.search(new PersonSearch(nameShown, nationalityShown,
                    status, vulnerability, number, null, placedInShelter(), by, descending,
                    new PageRequest(Math.max(0, first), size)));
        }

        /** The occupants of the chosen shelter today, from the shelter module; null when none is chosen. */
        private Set<PersonId> placedInShelter() {
            if (shelterId == null) {
                return null;
            }
            return placements.occupants(new ShelterId(UUID.fromString(shelterId)), LocalDate.now(clock)).stream()
                    .map(PlacementView::personId).collect(Collectors.toSet());
        }

        private static String filter(Map<String, FilterMeta> filters, String field) {
            FilterMeta meta = filters.get(field);
            return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString().strip();
        }
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.shelter.api.CloseInspection;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.FacilityCondition;
import org.suaka.shelter.api.Finding;
import org.suaka.shelter.api.InspectionQuery;
import org.suaka.shelter.api.InspectionService;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.RecordInspection;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The inspections page: a form to record an inspection with a finding per facility, the inspections of the
 * office's shelters filtered and paged by the database, and the one opened with its findings and the closing
 * of its follow-up. Staff only.
 */
@Named("inspections")
@ViewScoped
public class InspectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InspectionService inspections;

    @Inject
    transient ShelterService shelters;

    @Inject
    transient Clock clock;

    private String shelterFilter;
    private boolean openOnly;
    private String shelterId;
    private LocalDate inspectedOn;
    private String inspector;
    private final List<FindingRow> findings = Arrays.stream(Facility.values()).map(FindingRow::new).toList();
    private String followUp;
    private LocalDate followUpDue;
    private InspectionView opened;
    private String closingNote;
    private final LazyDataModel<InspectionView> model = new ServicePages<>(
            page -> inspections.list(new InspectionQuery(ShelterId.parse(shelterFilter).orElse(null), openOnly, page)),
            row -> row.id().toString());

    /** Records an inspection with the facilities the form gives a condition. */
    public void record() {
        FormFailures.submit("record", () -> {
            List<Finding> found = findings.stream().filter(row -> row.condition != null)
                    .map(row -> new Finding(row.facility, row.condition, row.note)).toList();
            opened = inspections.record(new RecordInspection(ShelterId.parse(shelterId).orElse(null), inspectedOn, inspector,
                    found, followUp, followUpDue));
            Messages.info(Messages.text("inspection.recorded"));
            findings.forEach(FindingRow::clear);
            followUp = null;
            followUpDue = null;
            return null;
        });
    }

    /** @param inspection the inspection whose findings are shown */
    public void open(InspectionView inspection) {
        opened = inspections.find(inspection.id()).orElse(null);
    }

    /** Closes the follow-up of the inspection opened. */
    public void close() {
        FormFailures.submit("detail", () -> {
            opened = inspections.close(opened.id(), new CloseInspection(closingNote, opened.version()));
            Messages.info(Messages.text("inspection.closed"));
            closingNote = null;
            return null;
        });
    }

    /** @return the shelters of the office */
    public List<ShelterView> getShelters() {
        return shelters.list();
    }

    /** @return the conditions a facility may be found in */
    public FacilityCondition[] getConditions() {
        return FacilityCondition.values();
    }

    /** @return a row per facility of the form */
    public List<FindingRow> getFindings() {
        return findings;
    }

    /** @return the table's lazy model */
    public LazyDataModel<InspectionView> getModel() {
        return model;
    }

    /** @return the inspection shown, or null */
    public InspectionView getOpened() {
        return opened;
    }

    /** @return the shelter the list is narrowed to, as its id, or null */
    public String getShelterFilter() {
        return shelterFilter;
    }

    /** @param shelterFilter the shelter to narrow the list to (the page's {@code shelter} parameter), or null */
    public void setShelterFilter(String shelterFilter) {
        this.shelterFilter = shelterFilter == null || shelterFilter.isBlank() ? null : shelterFilter;
        if (shelterId == null && ShelterId.parse(this.shelterFilter).isPresent()) {
            shelterId = this.shelterFilter;
        }
    }

    /** @return whether only the inspections with an open follow-up are listed */
    public boolean isOpenOnly() {
        return openOnly;
    }

    /** @param openOnly whether only the inspections with an open follow-up are listed */
    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    /** @return the shelter inspected */
    public String getShelterId() {
        return shelterId;
    }

    /** @param shelterId the shelter inspected */
    public void setShelterId(String shelterId) {
        this.shelterId = shelterId;
    }

    /** @return the day of the inspection; today at first */
    public LocalDate getInspectedOn() {
        if (inspectedOn == null) {
            inspectedOn = LocalDate.now(clock);
        }
        return inspectedOn;
    }

    /** @param inspectedOn the day of the inspection */
    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    /** @return who inspected */
    public String getInspector() {
        return inspector;
    }

    /** @param inspector who inspected */
    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    /** @return what must be done */
    public String getFollowUp() {
        return followUp;
    }

    /** @param followUp what must be done */
    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    /** @return by when */
    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    /** @param followUpDue by when */
    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    /** @return what was done, closing the follow-up */
    public String getClosingNote() {
        return closingNote;
    }

    /** @param closingNote what was done, closing the follow-up */
    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }

    /** One facility's line of the form: not looked at until a condition is chosen. */
    public static final class FindingRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Facility facility;
        private FacilityCondition condition;
        private String note;

        FindingRow(Facility facility) {
            this.facility = Objects.requireNonNull(facility);
        }

        void clear() {
            condition = null;
            note = null;
        }

        /** @return the facility */
        public Facility getFacility() {
            return facility;
        }

        /** @return what it was found to be, or null when not looked at */
        public FacilityCondition getCondition() {
            return condition;
        }

        /** @param condition what it was found to be, or null when not looked at */
        public void setCondition(FacilityCondition condition) {
            this.condition = condition;
        }

        /** @return what the inspector saw */
        public String getNote() {
            return note;
        }

        /** @param note what the inspector saw */
        public void setNote(String note) {
            this.note = note;
        }
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AddActionItem;
import org.suaka.partner.api.AttachmentView;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.UpdateVisit;
import org.suaka.partner.api.VisitAttachmentService;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitKind;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.UploadedFiles;

/**
 * The page that records a new visit or meeting with a partner ({@code ?partner=}) or corrects the record of
 * one ({@code ?id=}): its date, place, purpose, minutes and attendees (saved together as the list shown). A
 * correction keeps the persons discussed as they are, and sends the version read when the page opened.
 */
@Named("visitForm")
@ViewScoped
public class VisitFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "visit";

    @Inject
    PartnerService partners;

    @Inject
    ActionItemService actionItems;

    @Inject
    VisitAttachmentService attachmentService;

    @Inject
    transient Clock clock;

    private String id;
    private String partner;
    private boolean recording;
    private Long version;
    private String organisationId;
    private String organisationName;
    private LocalDate date;
    private String location;
    private String purpose;
    private String minutes;
    private VisitKind kind = VisitKind.PARTNER_VISIT;
    private String startsAt;
    private String decisions;
    private List<String> otherOrganisationIds = new ArrayList<>();
    private final List<AttendeeRow> attendees = new ArrayList<>();
    private final List<ActionRow> newActions = new ArrayList<>(List.of(new ActionRow()));
    private List<ActionItemView> agreed = List.of();
    private List<AttachmentView> attachments = List.of();
    private transient Part attachment;

    /** Fills the form from the visit named by {@code id}, or opens an empty one for the partner named by {@code partner}. */
    public void load() {
        if (id == null || id.isBlank()) {
            OrganisationView organisation = OrganisationId.parse(partner).flatMap(partners::findOrganisation).orElse(null);
            if (organisation == null) {
                Messages.error(null, Messages.text("common.noRecord"));
                return;
            }
            recording = true;
            organisationId = organisation.id().toString();
            organisationName = organisation.name();
            attendees.clear();
            attendees.add(new AttendeeRow());
            return;
        }
        VisitView visit = VisitId.parse(id).flatMap(partners::findVisit).orElse(null);
        if (visit == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        organisationId = visit.organisationId().toString();
        organisationName = visit.organisationName();
        date = visit.date();
        location = visit.location();
        purpose = visit.purpose();
        minutes = visit.minutes();
        kind = visit.kind();
        startsAt = visit.startsAt() == null ? null : visit.startsAt().toString();
        decisions = visit.decisions();
        otherOrganisationIds = new ArrayList<>(visit.otherOrganisations().stream().map(o -> o.id().toString()).toList());
        attendees.clear();
        visit.attendees().forEach(a -> attendees.add(AttendeeRow.of(a)));
        version = visit.version();
        agreed = actionItems.of(visit.id());
        attachments = attachmentService.of(visit.id());
    }

    /** @return whether the form is shown: a visit was found to correct, or a partner to record one with */
    public boolean isEditing() {
        return version != null || recording;
    }

    /** @return whether the form records a new visit rather than correcting one */
    public boolean isRecording() {
        return recording;
    }

    /** Adds an empty attendee row. */
    public void addAttendee() {
        attendees.add(new AttendeeRow());
    }

    /**
     * Adds a row for each contact of the partner, and of the other partners chosen, who is their contact on the
     * day of the meeting (today while no day is typed) and not on the list yet; blank rows make way for them.
     */
    public void addContacts() {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        attendees.removeIf(AttendeeRow::isBlank);
        List<OrganisationId> present = new ArrayList<>(others());
        OrganisationId.parse(organisationId).ifPresent(id -> present.add(0, id));
        for (OrganisationId id : present) {
            partners.findOrganisation(id).ifPresent(organisation -> organisation.contacts().stream()
                    .filter(contact -> contact.isActiveOn(on))
                    .filter(contact -> attendees.stream().noneMatch(row -> contact.name().equals(row.getName())))
                    .forEach(contact -> attendees.add(AttendeeRow.of(new Attendee(contact.name(), contact.position(),
                            organisation.name())))));
        }
        if (attendees.isEmpty()) {
            attendees.add(new AttendeeRow());
        }
    }

    /** @param row the attendee row to take out */
    public void removeAttendee(AttendeeRow row) {
        attendees.remove(row);
    }

    /** @return the partner's page, or null to stay on the form with the messages shown */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            List<Attendee> present = attendees.stream().filter(row -> !row.isBlank()).map(AttendeeRow::toAttendee)
                    .toList();
            List<AddActionItem> actions = newActions.stream().filter(row -> !row.isBlank()).map(ActionRow::toCommand).toList();
            requireDueOnOrAfterTheMeeting(actions);
            byte[] file = ChosenFiles.read(attachment, "attachment", VisitAttachmentService.MAX_BYTES, "visit.attachmentTooLarge");
            if (file != null) {
                UploadedFiles.check("attachment", file, VisitAttachmentService.MAX_BYTES,
                        Set.of(UploadedFiles.Kind.PDF, UploadedFiles.Kind.JPEG));
            }
            VisitId saved;
            if (recording) {
                saved = partners.recordVisit(new RecordVisit(OrganisationId.parse(organisationId).orElseThrow(), date, location,
                        purpose, minutes, present, List.of(), kind, time(), decisions, others())).id();
            } else {
                saved = partners.updateVisit(VisitId.parse(id).orElseThrow(), new UpdateVisit(date, location, purpose,
                        minutes == null ? "" : minutes, present, null, kind, time(), decisions == null ? "" : decisions, others(),
                        version)).id();
            }
            actions.forEach(action -> actionItems.add(saved, action));
            if (file != null) {
                attachmentService.attach(saved, attachment.getSubmittedFileName(), file);
            }
            Messages.info(Messages.text(recording ? "visit.recorded" : "visit.corrected"));
            return "/app/partner.xhtml?faces-redirect=true&id=" + organisationId;
        });
    }

    private LocalTime time() {
        if (startsAt == null || startsAt.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(startsAt.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("startsAt", Messages.text("visit.timeFormat"));
        }
    }

    private List<OrganisationId> others() {
        return otherOrganisationIds.stream().map(OrganisationId::parse).flatMap(java.util.Optional::stream).toList();
    }

    /** @return the office's other partners, that may take part in the meeting */
    public List<OrganisationView> getOtherPartners() {
        return partners.organisations().stream().filter(o -> !o.id().toString().equals(organisationId)).toList();
    }

    /** @return the kinds of meeting */
    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    /** @return the kind of meeting */
    public VisitKind getKind() {
        return kind;
    }

    /** @param kind the kind of meeting */
    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    /** @return the time it began, HH:MM, or null */
    public String getStartsAt() {
        return startsAt;
    }

    /** @param startsAt the time it began, HH:MM */
    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    /** @return the decisions typed */
    public String getDecisions() {
        return decisions;
    }

    /** @param decisions the decisions typed */
    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    /** @return the ids of the other partners that took part */
    public List<String> getOtherOrganisationIds() {
        return otherOrganisationIds;
    }

    /** @param otherOrganisationIds the ids of the other partners that took part */
    public void setOtherOrganisationIds(List<String> otherOrganisationIds) {
        this.otherOrganisationIds = otherOrganisationIds == null ? new ArrayList<>() : new ArrayList<>(otherOrganisationIds);
    }

    /** The service refuses an action item due before its meeting; checked here first so that nothing is half-saved. */
    private void requireDueOnOrAfterTheMeeting(List<AddActionItem> actions) {
        for (AddActionItem action : actions) {
            if (action.dueOn() == null || date != null && action.dueOn().isBefore(date)) {
                throw new InvalidFieldException("actions", Messages.text("actionItem.dueAfterMeeting"));
            }
        }
    }

    /** @return the files attached to the visit */
    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    /**
     * @param file a file attached
     * @return its size in kilobytes, at least 1
     */
    public long kilobytes(AttachmentView file) {
        return Math.max(1, (file.size() + 1023) / 1024);
    }

    /** @return the file chosen to attach, or null */
    public Part getAttachment() {
        return attachment;
    }

    /** @param attachment the file chosen to attach */
    public void setAttachment(Part attachment) {
        this.attachment = attachment;
    }

    /** Adds an empty action item row. */
    public void addAction() {
        newActions.add(new ActionRow());
    }

    /** @param item an open action item of the visit, now done */
    public void markDone(ActionItemView item) {
        FormFailures.submit(FORM, () -> {
            actionItems.markDone(item.id(), item.version());
            agreed = actionItems.of(item.visitId());
            Messages.info(Messages.text("actionItem.markedDone"));
            return null;
        });
    }

    /** @return the action items typed on this form, not saved yet */
    public List<ActionRow> getNewActions() {
        return newActions;
    }

    /** @return the action items agreed at the visit and saved */
    public List<ActionItemView> getAgreed() {
        return agreed;
    }

    /** @return the id of the visit being corrected */
    public String getId() {
        return id;
    }

    /** @param id the id of the visit to correct */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the partner a new visit is recorded with, from the URL */
    public String getPartner() {
        return partner;
    }

    /** @param partner the partner a new visit is recorded with, from the URL */
    public void setPartner(String partner) {
        this.partner = partner;
    }

    /** @return the partner's id, for the way back */
    public String getOrganisationId() {
        return organisationId;
    }

    /** @return the partner's name */
    public String getOrganisationName() {
        return organisationName;
    }

    /** @return the day typed */
    public LocalDate getDate() {
        return date;
    }

    /** @param date the day typed */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** @return the place typed */
    public String getLocation() {
        return location;
    }

    /** @param location the place typed */
    public void setLocation(String location) {
        this.location = location;
    }

    /** @return the purpose typed */
    public String getPurpose() {
        return purpose;
    }

    /** @param purpose the purpose typed */
    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /** @return the minutes typed */
    public String getMinutes() {
        return minutes;
    }

    /** @param minutes the minutes typed */
    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    /** @return the attendee rows, in order */
    public List<AttendeeRow> getAttendees() {
        return attendees;
    }

    /** One editable row of the attendance list. */
    public static class AttendeeRow extends PersonRow {

        private static final long serialVersionUID = 1L;

        private String affiliation;

        static AttendeeRow of(Attendee attendee) {
            AttendeeRow row = new AttendeeRow();
            row.setName(attendee.name());
            row.setPosition(attendee.position());
            row.affiliation = attendee.affiliation();
            return row;
        }

        boolean isBlank() {
            return isBlank(affiliation);
        }

        Attendee toAttendee() {
            return new Attendee(getName(), orNull(getPosition()), orNull(affiliation));
        }

        /** @return the organisation the attendee came for */
        public String getAffiliation() {
            return affiliation;
        }

        /** @param affiliation the organisation the attendee came for */
        public void setAffiliation(String affiliation) {
            this.affiliation = affiliation;
        }
    }
}

package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.api.MarkPerson;
import org.suaka.shelter.api.PresenceLine;
import org.suaka.shelter.api.PresenceService;
import org.suaka.shelter.api.PresenceSheet;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.SubmitPresence;

/**
 * The roll call page of a shelter and day, made for a tablet: every expected person on one page with one
 * tap to mark them, saved as one submission. Names come from the registry, the sheet from the shelter module.
 */
@Named("rollCall")
@ViewScoped
public class RollCallView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rollcall";

    @Inject
    transient PresenceService presence;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private String shelter;
    private LocalDate day;
    private PresenceSheet sheet;
    private List<Row> rows = List.of();

    /** One expected person: their name, room, the mark being set, and what the last save found. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PersonId personId;
        private final String name;
        private final PresenceLine line;
        private Mark mark;

        Row(PersonId personId, String name, PresenceLine line) {
            this.personId = personId;
            this.name = name;
            this.line = line;
            this.mark = line.mark();
        }

        /** @return the person's name */
        public String getName() {
            return name;
        }

        /** @return the person's id */
        public String getPersonId() {
            return personId.toString();
        }

        /** @return the line as the shelter module gave it */
        public PresenceLine getLine() {
            return line;
        }

        /** @return the mark being set */
        public Mark getMark() {
            return mark;
        }

        /** @param mark the mark tapped */
        public void setMark(Mark mark) {
            this.mark = mark;
        }
    }

    /** Opens the sheet of the shelter and day of the URL (today when none). */
    public void load() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        ShelterId shelterId = ShelterId.parse(shelter).orElse(null);
        if (shelterId == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        try {
            sheet = presence.sheet(shelterId, day);
        } catch (RuntimeException e) {
            FormFailures.show(FORM, e);
            sheet = null;
            return;
        }
        Map<PersonId, PersonView> names = persons.findEach(sheet.lines().stream().map(PresenceLine::personId).toList());
        List<Row> loaded = new ArrayList<>();
        for (PresenceLine line : sheet.lines()) {
            PersonView person = names.get(line.personId());
            loaded.add(new Row(line.personId(), person == null ? line.personId().toString() : person.fullName(), line));
        }
        loaded.sort(java.util.Comparator.comparing(Row::getName));
        rows = loaded;
    }

    /** Saves every mark at once. */
    public void save() {
        FormFailures.submit(FORM, () -> {
            List<MarkPerson> marks = rows.stream().map(r -> new MarkPerson(r.personId, r.mark)).toList();
            sheet = presence.submit(new SubmitPresence(sheet.shelterId(), day, marks, sheet.version()));
            Messages.info(Messages.text("rollcall.saved", count(Mark.PRESENT), rows.size()));
            return null;
        });
        load();
    }

    private long count(Mark mark) {
        return rows.stream().filter(r -> r.mark == mark).count();
    }

    /** @return the marks, in the order of the buttons */
    public Mark[] getMarks() {
        return Mark.values();
    }

    /** @return the sheet, or null when none could be opened */
    public PresenceSheet getSheet() {
        return sheet;
    }

    /** @return the expected persons, by name */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the persons flagged by the last save: absent without a permit */
    public long getFlagged() {
        return rows.stream().filter(r -> r.line.flagged()).count();
    }

    /** @return the shelter's id from the URL */
    public String getShelter() {
        return shelter;
    }

    /** @param shelter the shelter's id from the URL */
    public void setShelter(String shelter) {
        this.shelter = shelter;
    }

    /** @return the day checked */
    public LocalDate getDay() {
        return day;
    }

    /** @param day the day checked */
    public void setDay(LocalDate day) {
        this.day = day;
    }
}

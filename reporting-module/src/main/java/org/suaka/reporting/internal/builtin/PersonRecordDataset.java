package org.suaka.reporting.internal.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.Countries;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.UnhcrStatusView;
import org.suaka.reporting.internal.application.DocumentDates;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;

/**
 * One person's record, in sections of label and value rows: identity, profile, UNHCR, documents, ID cards,
 * status history and placements (from the shelter module's api). The person's photo is a parameter.
 * Everything is read through the modules' apis, limited to the offices the caller reads.
 */
@ApplicationScoped
public class PersonRecordDataset implements ReportDataset {

    static final String SECTION_ORDER = "sectionOrder";
    static final String SECTION = "section";
    static final String LABEL = "label";
    static final String VALUE = "value";

    private PersonService persons;
    private ProfileService profiles;
    private DocumentService documents;
    private CardService cards;
    private PlacementService placements;

    protected PersonRecordDataset() {
        // for CDI
    }

    /**
     * @param persons the registry's persons
     * @param profiles their profiles and photos
     * @param documents their identity documents
     * @param cards their ID cards
     * @param placements the shelter module's placements
     */
    @Inject
    public PersonRecordDataset(PersonService persons, ProfileService profiles, DocumentService documents,
            CardService cards, PlacementService placements) {
        this.persons = persons;
        this.profiles = profiles;
        this.documents = documents;
        this.cards = cards;
        this.placements = placements;
    }

    @Override
    public String name() {
        return PersonRecordReport.ID;
    }

    @Override
    public String description() {
        return "One person's record in sections of label and value: identity, profile, UNHCR status, documents,"
                + " ID cards, supervision status history and placements";
    }

    @Override
    public List<DatasetField> fields() {
        return List.of(new DatasetField(SECTION_ORDER, Integer.class.getName(), "the section's position: group by it"),
                DatasetField.text(SECTION, "the section's title"), DatasetField.text(LABEL, "the row's label"),
                DatasetField.text(VALUE, "the row's value"));
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(PersonRecordReport.PERSON, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<String> templateParameters() {
        return List.of("PERSON_NAME (String)", "PHOTO (byte[], absent without a photo)");
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        PersonId id = new PersonId(arguments.recordId(PersonRecordReport.PERSON));
        PersonView person = persons.get(id);
        Locale locale = context.locale();
        ResourceBundle labels = ReportBundles.load(PersonRecordReport.class, PersonRecordReport.BUNDLE, locale);
        Rows rows = new Rows(labels, locale);
        PersonProfile profile = profiles.profileOf(id);

        rows.section(1, "section.identity");
        rows.add("label.name", person.fullName());
        rows.add("label.aliases", String.join(", ", profile.aliases()));
        rows.add("label.sex", labels.getString("sex." + person.sex()));
        rows.add("label.dateOfBirth", rows.date(person.dateOfBirth())
                + (profile.dateOfBirthEstimated() ? " (" + labels.getString("estimated") + ")" : ""));
        rows.add("label.placeOfBirth", profile.placeOfBirth());
        rows.add("label.nationality", Countries.name(person.nationality(), locale) + " (" + person.nationality() + ")");
        rows.add("label.ethnicity", profile.ethnicity());
        rows.add("label.religion", profile.religion());
        rows.add("label.languages", String.join(", ", profile.languages()));
        rows.add("label.maritalStatus", profile.maritalStatus() == null ? null
                : labels.getString("marital." + profile.maritalStatus()));
        rows.add("label.arrival", join(rows.date(profile.arrivedOn()), profile.foundAt(), profile.foundBy()));
        rows.add("label.fingerprint", join(profile.fingerprintReference(), profile.fingerprintDevice(),
                rows.date(profile.fingerprintTakenOn())));

        rows.section(2, "section.unhcr");
        rows.add("label.unhcrNumber", person.unhcrNumber());
        rows.add("label.unhcrCase", person.unhcrCaseNumber());
        for (UnhcrStatusView change : persons.unhcrStatusHistory(id)) {
            rows.add(rows.date(change.effectiveOn()), join(labels.getString("unhcr." + change.status()), change.note()));
        }

        rows.section(3, "section.documents");
        for (IdentityDocumentView document : documents.documentsOf(id)) {
            rows.add(labels.getString("document." + document.type()), join(document.number(), document.issuer(),
                    document.expiresOn() == null ? null
                            : labels.getString("validUntil") + " " + rows.date(document.expiresOn())));
        }

        rows.section(4, "section.cards");
        for (IdCardView card : cards.cardsOf(id)) {
            rows.add(card.number(), join(rows.date(card.issuedOn()) + " – " + rows.date(card.validUntil()),
                    labels.getString("card." + card.state())));
        }

        rows.section(5, "section.status");
        for (StatusChangeView change : persons.statusHistory(id)) {
            rows.add(rows.date(change.effectiveOn()), join(labels.getString("status." + change.status()),
                    change.reason() == null ? null : labels.getString("reason." + change.reason()),
                    change.destination(), change.note()));
        }

        rows.section(6, "section.placements");
        for (PlacementView placement : placements.placementsOf(id)) {
            rows.add(placement.shelterName(), rows.date(placement.from()) + " – "
                    + (placement.until() == null ? labels.getString("ongoing") : rows.date(placement.until())));
        }

        rows.close();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PERSON_NAME", person.fullName());
        if (profiles.hasPhoto(id)) {
            parameters.put("PHOTO", profiles.photoOf(id).content());
        }
        return new ReportData(parameters, rows.rows);
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }

    /** The rows of the record, section after section; an empty value is printed as a dash. */
    private static final class Rows {

        private final List<Map<String, Object>> rows = new ArrayList<>();
        private final ResourceBundle labels;
        private final Locale locale;
        private int order;
        private String section;

        Rows(ResourceBundle labels, Locale locale) {
            this.labels = labels;
            this.locale = locale;
        }

        private int inSection;

        void section(int sectionOrder, String key) {
            close();
            this.order = sectionOrder;
            this.section = labels.getString(key);
            this.inSection = 0;
        }

        /** Ends the last section: one without rows says so. */
        void close() {
            if (section != null && inSection == 0) {
                add("none", null);
            }
        }

        void add(String labelOrKey, String value) {
            String label = labels.containsKey(labelOrKey) ? labels.getString(labelOrKey) : labelOrKey;
            rows.add(Map.of(SECTION_ORDER, order, SECTION, section, LABEL, label,
                    VALUE, value == null || value.isBlank() ? "–" : value));
            inSection++;
        }

        String date(LocalDate day) {
            return day == null ? null : DocumentDates.longDate(day, locale);
        }
    }
}

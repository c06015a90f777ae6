package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.partner.api.ReferralQuery;
import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralView;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.MergeService;
import org.suaka.registry.api.MergedRecordView;
import org.suaka.registry.api.OfficeStayView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.api.SelfReportView;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.UnhcrStatusView;
import org.suaka.registry.api.Vulnerability;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;

/**
 * One person's record with where they stay today: composed here from the registry and the shelter
 * module, since neither may call the other's way. The case file is in tabs ({@link PersonTab}); only the
 * shown tab's lists are loaded. Kept for the view, so that a form of the page that refuses what was typed
 * shows the page again with its messages. The registry records every view of the record on the audit trail.
 */
@Named("personDetail")
@ViewScoped
public class PersonDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService persons;

    @Inject
    transient CardService cardService;

    @Inject
    transient DocumentService documentService;

    @Inject
    transient ProfileService profiles;

    @Inject
    transient FamilyService families;

    @Inject
    transient MergeService merges;

    @Inject
    transient PlacementService placements;

    @Inject
    transient ReferralService referrals;

    @Inject
    transient OfficeService offices;

    @Inject
    transient Clock clock;

    private String id;
    private PersonView person;
    private PlacementView placement;
    private List<PlacementView> history = List.of();
    private List<ConsentView> consents = List.of();
    private List<SelfReportView> selfReports = List.of();
    private List<StatusChangeView> statusHistory = List.of();
    private List<IdCardView> cards = List.of();
    private Set<Vulnerability> vulnerabilities = Set.of();
    private List<IdentityDocumentView> documents = List.of();
    private PersonProfile profile = PersonProfile.empty();
    private FamilyView family;
    private boolean photo;
    private List<OfficeRow> officeHistory = List.of();
    private List<UnhcrStatusView> unhcrHistory = List.of();
    private List<DuplicateCandidate> duplicates = List.of();
    private List<MergedRecordView> merged = List.of();
    private PersonTab tab = PersonTab.IDENTITY;
    private List<ReferralView> referralList = List.of();

    /** Loads the person named by the {@code id} view parameter, with what the chosen tab shows. */
    public void load() {
        Optional<PersonId> personId = PersonId.parse(id);
        person = personId.flatMap(persons::find).orElse(null);
        if (person == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        PersonId shown = person.id();
        vulnerabilities = persons.vulnerabilitiesOf(shown);
        photo = profiles.hasPhoto(shown);
        switch (tab) {
            case IDENTITY -> {
                profile = profiles.profileOf(shown);
                placement = placements.placementOn(shown, LocalDate.now(clock)).orElse(null);
                history = placements.placementsOf(shown);
                officeHistory = persons.officeHistory(shown).stream()
                        .map(stay -> new OfficeRow(offices.find(stay.office()).map(OfficeView::name)
                                .orElse(stay.office().toString()), stay)).toList();
            }
            case FAMILY -> family = families.familyOf(shown).orElse(null);
            case DOCUMENTS -> documents = documentService.documentsOf(shown);
            case UNHCR -> unhcrHistory = reversed(persons.unhcrStatusHistory(shown));
            case STATUS -> statusHistory = reversed(persons.statusHistory(shown));
            case SELF_REPORTS -> selfReports = persons.selfReportsOf(shown);
            case CARDS -> cards = cardService.cardsOf(shown);
            case CONSENTS -> consents = persons.consentsOf(shown);
            case REFERRALS -> referralList = referrals.list(new ReferralQuery(null, shown, null, null, null,
                    new PageRequest(0, PageRequest.MAX_LIMIT))).items();
            case DUPLICATES -> {
                duplicates = persons.duplicatesOf(shown);
                merged = merges.mergedInto(shown);
            }
        }
    }

    private static <T> List<T> reversed(List<T> oldestFirst) {
        List<T> latestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** @return the person's referrals to partners, latest first (the referrals tab) */
    public List<ReferralView> getReferrals() {
        return referralList;
    }

    /** @return the tab shown, as the URL names it */
    public String getTab() {
        return tab.slug();
    }

    /** @param slug the tab to show, from the URL; the first one when empty or unknown */
    public void setTab(String slug) {
        this.tab = PersonTab.of(slug);
    }

    /** @return every tab, as the URL names them */
    public List<String> getTabs() {
        return java.util.Arrays.stream(PersonTab.values()).map(PersonTab::slug).toList();
    }

    /** @return the person's UNHCR decisions, latest first */
    public List<UnhcrStatusView> getUnhcrHistory() {
        return unhcrHistory;
    }

    /** @return the registered persons who may be the same person, most alike first */
    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    /** @return the duplicate records merged into this one, latest first */
    public List<MergedRecordView> getMerged() {
        return merged;
    }

    /** @return the offices that supervised the person, oldest first, with their names */
    public List<OfficeRow> getOfficeHistory() {
        return officeHistory;
    }

    /** @return whether the person may be handed over to another office: supervision goes on */
    public boolean isTransferable() {
        return person != null && person.supervisedUntil() == null;
    }

    /**
     * A time under one office's supervision, with the office's name.
     *
     * @param name the office's name
     * @param stay the time
     */
    public record OfficeRow(String name, OfficeStayView stay) {
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

    /** @return every placement of the person, oldest first */
    public List<PlacementView> getHistory() {
        return history;
    }

    /** @return the person's monthly self-reports, latest first */
    public List<SelfReportView> getSelfReports() {
        return selfReports;
    }

    /** @return the changes of the person's supervision status, latest first */
    public List<StatusChangeView> getStatusHistory() {
        return statusHistory;
    }

    /** @return the person's family, or null when they belong to none */
    public FamilyView getFamily() {
        return family;
    }

    /** @return the person's profile */
    public PersonProfile getProfile() {
        return profile;
    }

    /** @return the other spellings of the person's name, comma-separated */
    public String getAliases() {
        return String.join(", ", profile.aliases());
    }

    /** @return the languages the person speaks, comma-separated */
    public String getLanguages() {
        return String.join(", ", profile.languages());
    }

    /** @return whether a photo of the person is kept */
    public boolean isPhoto() {
        return photo;
    }

    /** @return the person's identity documents */
    public List<IdentityDocumentView> getDocuments() {
        return documents;
    }

    /** @return the person's specific needs */
    public Set<Vulnerability> getVulnerabilities() {
        return vulnerabilities;
    }

    /** @return whether the person holds a valid card, which can be printed */
    public boolean isValidCard() {
        return cards.stream().anyMatch(card -> card.state() == org.suaka.registry.api.CardState.VALID);
    }

    /** @return the person's special ID cards, latest first */
    public List<IdCardView> getCards() {
        return cards;
    }

    /** @return the person's consents, latest first */
    public List<ConsentView> getConsents() {
        return consents;
    }
}

package org.suaka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.partner.api.ActionItemService;
import org.suaka.partner.api.ActionItemView;
import org.suaka.partner.api.AddActionItem;
import org.suaka.partner.api.AgreementService;
import org.suaka.partner.api.AnswerReferral;
import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceService;
import org.suaka.partner.api.Attendee;
import org.suaka.partner.api.CompleteReferral;
import org.suaka.partner.api.Contact;
import org.suaka.partner.api.OrganisationType;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordAgreement;
import org.suaka.partner.api.RecordAssistance;
import org.suaka.partner.api.RecordVisit;
import org.suaka.partner.api.Refer;
import org.suaka.partner.api.ReferralService;
import org.suaka.partner.api.ReferralView;
import org.suaka.partner.api.RegisterOrganisation;
import org.suaka.partner.api.ServiceKind;
import org.suaka.partner.api.VisitKind;
import org.suaka.partner.api.VisitView;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ThreadBound;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.IssueCard;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.MergeService;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.api.RecordDocument;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.RegisterBirth;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Relationship;
import org.suaka.registry.api.Sex;
import org.suaka.registry.api.StatusReason;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.UnhcrStatus;
import org.suaka.registry.api.Vulnerability;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.shelter.api.CloseInspection;
import org.suaka.shelter.api.CreateUnit;
import org.suaka.shelter.api.DecidePermit;
import org.suaka.shelter.api.ExitPermitService;
import org.suaka.shelter.api.Facility;
import org.suaka.shelter.api.FacilityCondition;
import org.suaka.shelter.api.Finding;
import org.suaka.shelter.api.IncidentService;
import org.suaka.shelter.api.IncidentType;
import org.suaka.shelter.api.IncidentView;
import org.suaka.shelter.api.InspectionService;
import org.suaka.shelter.api.InspectionView;
import org.suaka.shelter.api.Mark;
import org.suaka.shelter.api.MarkPerson;
import org.suaka.shelter.api.PermitView;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.PresenceLine;
import org.suaka.shelter.api.PresenceService;
import org.suaka.shelter.api.PresenceSheet;
import org.suaka.shelter.api.RecordFollowUp;
import org.suaka.shelter.api.RecordIncident;
import org.suaka.shelter.api.RecordInspection;
import org.suaka.shelter.api.RecordReturn;
import org.suaka.shelter.api.RequestPermit;
import org.suaka.shelter.api.Severity;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.shelter.api.SubmitPresence;
import org.suaka.shelter.api.TransferPlacement;
import org.suaka.shelter.api.UnitView;

/**
 * Loads the Kupang seed scenario once, into an empty database, in one transaction: either all of it is
 * stored or none. A database that already holds persons or shelters is left alone, so restarts and a
 * production database with real data are never touched.
 * <p>
 * It is in the EAR only when it is built for the demo server ({@code -Prun}) or for the integration
 * tests; a production EAR ({@code mvn package}) has no demo module. It starts after every other module
 * (the EAR initialises its modules in order, this one last), and it refuses to load anything in
 * production mode on its own account, whatever the web module's production guard has done.
 */
@Startup
@Singleton
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "suaka.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "suaka.mode", defaultValue = "demo")
    String mode;

    @Inject
    PersonService persons;

    @Inject
    CardService cards;

    @Inject
    DocumentService documents;

    @Inject
    ProfileService profiles;

    @Inject
    FamilyService families;

    @Inject
    MergeService merges;

    @Inject
    ExitPermitService permits;

    @Inject
    PresenceService presence;

    @Inject
    IncidentService incidents;

    @Inject
    InspectionService inspections;

    @Inject
    ReferralService referrals;

    @Inject
    AgreementService agreements;

    @Inject
    ActionItemService actionItems;

    @Inject
    AssistanceService assistance;

    @Inject
    Clock clock;

    @Inject
    ShelterService shelters;

    @Inject
    PlacementService placements;

    @Inject
    PartnerService partners;

    @Inject
    OfficeService offices;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void onStart() {
        if (!enabled) {
            return;
        }
        if ("production".equalsIgnoreCase(mode)) {
            throw new IllegalStateException("Suaka will not load demo data in production mode: build the EAR "
                    + "without the demo module (mvn package) or set suaka.demo-data.enabled to false");
        }
        SystemIdentity.runAs("demo-data", () -> {
            load();
            return null;
        });
    }

    private void load() {
        if (!shelters.list().isEmpty() || persons.search(new PersonSearch(null, null, new PageRequest(0, 1))).total() > 0) {
            LOG.info("Demo data not loaded: the database already holds records");
            return;
        }
        try (ThreadBound.Scope actingForKupang = OfficeSelection.bind(OfficeId.FIRST)) {
            loadKupang();
        }
        OfficeView national = offices.get(OfficeId.NATIONAL);
        offices.update(OfficeId.NATIONAL, JakartaScenario.withSignatory(national, JakartaScenario.DIRECTOR_GENERAL));
        OfficeView jakarta = offices.create(JakartaScenario.OFFICE);
        try (ThreadBound.Scope actingForJakarta = OfficeSelection.bind(jakarta.id())) {
            loadJakarta();
        }
        for (String user : List.of("admin", "supervisor", "officer", "viewer", "iom")) {
            offices.assign(OfficeId.FIRST, user);
        }
        offices.assign(jakarta.id(), "officer-jakarta");
        offices.assign(OfficeId.NATIONAL, "ditjen");
        LOG.info(() -> "Demo data loaded: " + KupangScenario.PERSONS + " persons (and " + KupangScenario.DEPARTED.size() + " departed in 2024, a child born in 2025 and a duplicate merged) in "
                + KupangScenario.SHELTERS.size() + " shelters, partner IOM Kupang and its visit of 11 September 2024; "
                + JakartaScenario.PERSONS.size() + " persons of Rudenim Jakarta");
    }

    /**
     * The monthly self-reports of the last three months up to today: most persons reported every month; every
     * fifth has not reported yet this month, and every twenty-third has not reported for three months.
     *
     * @param id a person under supervision
     * @param index the person's place in the scenario
     */
    private void recordSelfReports(PersonId id, int index) {
        if (index % 23 == 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        for (int back = 2; back >= 0; back--) {
            if (back == 0 && index % 5 == 0) {
                continue;
            }
            LocalDate day = thisMonth.minusMonths(back).atDay(1 + index % 20);
            if (!day.isAfter(today)) {
                persons.recordSelfReport(id, new RecordSelfReport(day, index % 7 == 0 ? "Alamat tetap; sehat" : null));
            }
        }
    }

    /**
     * Special ID cards: most persons hold one issued this year; every ninth holds only one that expired,
     * and every thirteenth had theirs replaced.
     *
     * @param person a person under supervision
     * @param index the person's place in the scenario
     */
    private void issueCards(PersonView person, int index) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = person.supervisedFrom();
        if (index % 9 == 4) {
            LocalDate issued = today.minusMonths(14);
            if (!issued.isBefore(earliest)) {
                cards.issue(person.id(), new IssueCard(issued, null));
            }
            return;
        }
        if (index % 13 == 6) {
            LocalDate lost = today.minusMonths(8);
            cards.issue(person.id(), new IssueCard(lost.isBefore(earliest) ? earliest : lost, null));
        }
        LocalDate issued = today.minusDays(index % 150L);
        cards.issue(person.id(), new IssueCard(issued.isBefore(earliest) ? earliest : issued, null));
    }

    /**
     * Specific needs: women who came alone, the elderly, and a few medical conditions and survivors of
     * violence, so that the filters and counts have something to show.
     *
     * @param person a person under supervision
     * @param familySize how many came in the person's family
     * @param index the person's place in the scenario
     */
    private void recordNeeds(PersonView person, int familySize, int index) {
        Set<Vulnerability> needs = EnumSet.noneOf(Vulnerability.class);
        if (familySize == 1 && person.sex() == Sex.FEMALE) {
            needs.add(Vulnerability.SINGLE_WOMAN);
        }
        if (person.dateOfBirth().isBefore(LocalDate.now(clock).minusYears(60))) {
            needs.add(Vulnerability.ELDERLY);
        }
        if (index % 17 == 3 || index % 41 == 40) {
            needs.add(Vulnerability.SERIOUS_MEDICAL_CONDITION);
        }
        if (index % 29 == 7) {
            needs.add(Vulnerability.SURVIVOR_OF_VIOLENCE);
        }
        if (!needs.isEmpty()) {
            persons.recordVulnerabilities(person.id(), new VulnerabilityFlags(needs));
        }
    }

    /**
     * Identity documents: a UNHCR card for everyone registered with UNHCR, every sixth expiring within the
     * coming four weeks, and a passport or national identity card for every third adult.
     *
     * @param person a person under supervision
     * @param index the person's place in the scenario
     */
    private void recordDocuments(PersonView person, int index) {
        LocalDate today = LocalDate.now(clock);
        if (person.unhcrNumber() != null) {
            LocalDate expires = index % 6 == 2 ? today.plusDays(1 + index % 28) : today.plusDays(120 + index * 3L);
            documents.record(person.id(), new RecordDocument(DocumentType.UNHCR_CARD, person.unhcrNumber(),
                    "UNHCR Indonesia", person.supervisedFrom(), expires));
        }
        if (index % 3 == 0 && person.dateOfBirth().isBefore(today.minusYears(18))) {
            boolean pakistani = "PAK".equals(person.nationality());
            LocalDate issued = LocalDate.of(2014, 1, 1).plusDays(index * 11L);
            documents.record(person.id(), new RecordDocument(pakistani ? DocumentType.NATIONAL_ID : DocumentType.PASSPORT,
                    pakistani ? String.format("35202-%07d-%d", 4_100_000 + index, index % 10)
                            : String.format("P%08d", 2_400_000 + index),
                    pakistani ? "NADRA, Islamic Republic of Pakistan" : "Islamic Republic of Afghanistan",
                    issued, issued.plusYears(10).minusDays(1)));
        }
    }

    /**
     * UNHCR status: everyone registered with UNHCR sought asylum on their first day; seven in ten were
     * recognised as refugees a year later, one in twenty was rejected.
     *
     * @param person a person under supervision
     * @param index the person's place in the scenario
     */
    private void recordUnhcrDecisions(PersonView person, int index) {
        if (person.unhcrNumber() == null) {
            return;
        }
        persons.recordUnhcrStatus(person.id(), new RecordUnhcrStatus(UnhcrStatus.ASYLUM_SEEKER, person.supervisedFrom(),
                null));
        LocalDate decided = person.supervisedFrom().plusYears(1);
        if (decided.isAfter(LocalDate.now(clock)) || index % 10 >= 8) {
            return;
        }
        persons.recordUnhcrStatus(person.id(), new RecordUnhcrStatus(index % 20 == 9 ? UnhcrStatus.REJECTED
                : UnhcrStatus.REFUGEE, decided, String.format("UNHCR Jakarta RSD/%d/%04d", decided.getYear(), index + 1)));
    }

    /**
     * The first member of a family heads it; the second is the spouse, the others the children.
     *
     * @param person a member, in the scenario's order
     * @param familyId the family so far, or null for its first member
     * @return the family
     */
    private UUID joinFamily(PersonView person, UUID familyId) {
        if (familyId == null) {
            return families.join(person.id(), new JoinFamily(null, Relationship.HEAD)).id();
        }
        boolean second = families.find(familyId).orElseThrow().size() == 1;
        return families.join(person.id(), new JoinFamily(familyId, second ? Relationship.SPOUSE : Relationship.CHILD)).id();
    }

    /** Rudenim Kupang's records, written while the loader acts for that office. */
    private void loadKupang() {
        List<ShelterView> hotels = KupangScenario.SHELTERS.stream().map(shelters::create).toList();
        Map<ShelterView, Rooms> rooms = new HashMap<>();
        hotels.forEach(hotel -> rooms.put(hotel, new Rooms(hotel)));
        List<PlacementView> firstPlacements = new ArrayList<>();
        List<PersonId> discussed = new ArrayList<>();
        Map<PersonId, Integer> heads = new LinkedHashMap<>();
        Map<ShelterView, Integer> occupants = new HashMap<>();
        int registered = 0;
        PersonView firstHead = null;
        UUID firstFamily = null;
        ShelterView firstHotel = null;
        for (KupangScenario.Family family : KupangScenario.families()) {
            ShelterView hotel = roomiest(hotels, occupants);
            UUID familyId = null;
            for (RegisterPerson member : family.members()) {
                PersonView person = shelter(persons.register(member, true));
                familyId = joinFamily(person, familyId);
                PlacementView placed = placements.place(new PlacePerson(person.id(), hotel.id(), member.supervisedFrom(),
                        rooms.get(hotel).next(), null));
                if (firstPlacements.size() < 2) {
                    firstPlacements.add(placed);
                }
                if (registered % 41 == 40) {
                    persons.changeStatus(person.id(), new ChangeStatus(SupervisionStatus.OUTSIDE_SHELTER,
                            LocalDate.now(clock).minusDays(2), StatusReason.HOSPITAL, null,
                            "Dirawat di RSUD Prof. Dr. W. Z. Johannes Kupang", person.version()));
                }
                PersonId id = person.id();
                issueCards(person, registered);
                recordNeeds(person, family.members().size(), registered);
                recordDocuments(person, registered);
                profiles.recordProfile(person.id(), KupangScenario.profileOf(person, registered));
                recordUnhcrDecisions(person, registered);
                recordSelfReports(id, registered++);
                if (discussed.size() < 3) {
                    discussed.add(id);
                }
                if (firstHead == null) {
                    firstHead = person;
                    firstFamily = familyId;
                    firstHotel = hotel;
                }
            }
            occupants.merge(hotel, family.members().size(), Integer::sum);
            heads.put(headOf(familyId), family.members().size());
        }
        partnersAndTheSeedVisit(discussed, heads);
        recordBirthAndDuplicate(firstHead, firstFamily, rooms.get(firstHotel));
        moveRooms(firstPlacements, rooms.get(firstHotel));
        recordPermits(firstPlacements);
        takeRollCalls(hotels);
        recordIncidents(hotels, firstPlacements);
        inspect(hotels);
        ShelterView smallest = hotels.get(hotels.size() - 1);
        for (KupangScenario.Departure departure : KupangScenario.DEPARTED) {
            PersonView person = shelter(persons.register(departure.person(), true));
            placements.place(PlacePerson.of(person.id(), smallest.id(), departure.person().supervisedFrom()));
            cards.issue(person.id(), new IssueCard(departure.lastDay().minusMonths(6), null));
            persons.changeStatus(person.id(), new ChangeStatus(SupervisionStatus.DEPARTED, departure.lastDay(),
                    departure.reason(), departure.destination(), departure.note(), person.version()));
        }
    }

    /**
     * The partners of Kupang with IOM's agreement, the visit of 11 September 2024 with its action items, the
     * referrals of September 2024 and IOM's cash assistance of that month (before the child born in 2025 joins
     * the first family).
     *
     * @param discussed the persons whose cases the visit discussed
     * @param heads each family's head and its size
     */
    private void partnersAndTheSeedVisit(List<PersonId> discussed, Map<PersonId, Integer> heads) {
        OrganisationView iomIndonesia = partners.register(new RegisterOrganisation("IOM Indonesia", OrganisationType.IOM,
                "Jakarta", "Sampoerna Strategic Square, North Tower Lt. 12A, Jl. Jend. Sudirman Kav. 45-46", null, List.of()));
        OrganisationView iom = partners.register(new RegisterOrganisation("IOM Kupang",
                OrganisationType.IOM, "Kupang", null, iomIndonesia.id(), List.of(
                        new Contact("Herman Rabu", "Plt. Kepala IOM Kupang", null, null, null, null),
                        new Contact("Stefani Mutarti", "Staf IOM Kupang", null, null, null, null),
                        new Contact("Yosef Nae Soi", "Kepala IOM Kupang", null, null, LocalDate.of(2019, 7, 1),
                                LocalDate.of(2024, 2, 29)))));
        agreements.record(new RecordAgreement(iom.id(), "W20.IMI.IMI.3-UM.01.01-0412",
                "Perjanjian Kerja Sama penanganan pengungsi dari luar negeri di Kota Kupang: penampungan, bantuan dan "
                        + "rujukan layanan", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 1), LocalDate.now(clock).plusDays(45),
                Set.of(DataCategory.IDENTITY, DataCategory.FAMILY, DataCategory.SHELTER, DataCategory.REFERRAL)));
        partners.linkUser("iom", iom.id());
        VisitView seedVisit = partners.recordVisit(new RecordVisit(iom.id(), LocalDate.of(2024, 9, 11),
                "Ruang Kepala Rumah Detensi Imigrasi Kupang",
                "Koordinasi perkembangan pengungsi luar negeri di bawah pengawasan Rumah Detensi Imigrasi Kupang "
                        + "dan IOM Kupang",
                "Saat ini pengungsi di wilayah Kota Kupang berjumlah 171 orang, WN Afghanistan dan Pakistan, "
                        + "tersebar di Hotel Lavender Kupang, Hotel Ina Bo'i dan Hotel Kupang Inn. Rudenim Kupang "
                        + "terbuka terhadap kunjungan mitra dan berkomitmen bekerja sama dengan IOM agar pengungsi "
                        + "mendapat perlindungan yang layak dan hak-haknya terpenuhi, berdasarkan Peraturan "
                        + "Presiden Nomor 125 Tahun 2016.",
                List.of(new Attendee("Ma'mum", "Kepala Rumah Detensi Imigrasi Kupang", "Rudenim Kupang"),
                        new Attendee("Herman Rabu", "Plt. Kepala IOM Kupang", "IOM Kupang"),
                        new Attendee("Stefani Mutarti", "Staf IOM Kupang", "IOM Kupang")),
                discussed, VisitKind.PARTNER_VISIT, LocalTime.of(10, 0),
                "1. Rudenim Kupang dan IOM Kupang berbagi informasi perkembangan pengungsi di ketiga hotel setiap bulan.\n"
                        + "2. Gangguan ketertiban oleh pengungsi ditangani bersama, dengan pendekatan yang manusiawi.\n"
                        + "3. Rudenim Kupang tetap terbuka terhadap kunjungan mitra.", null));
        ActionItemView cashList = actionItems.add(seedVisit.id(), new AddActionItem(
                "IOM Kupang mengirim daftar terbaru penerima bantuan tunai per hotel", "IOM Kupang (Stefani Mutarti)",
                LocalDate.of(2024, 9, 20)));
        actionItems.markDone(cashList.id(), cashList.version());
        actionItems.add(seedVisit.id(), new AddActionItem(
                "Pemantauan bersama Rudenim Kupang dan IOM ke Hotel Kupang Inn",
                "Seksi Keamanan dan Ketertiban Rudenim Kupang", LocalDate.of(2024, 10, 31)));
        refer(iom, discussed);
        giveCash(iom, heads);
    }

    private PersonId headOf(UUID familyId) {
        return families.find(familyId).orElseThrow().head().personId();
    }

    /**
     * IOM Kupang's cash assistance of September 2024, one record per family: Rp1.250.000 for the head and
     * Rp500.000 for each other member.
     *
     * @param iom IOM Kupang
     * @param heads each family's head and its size
     */
    private void giveCash(OrganisationView iom, Map<PersonId, Integer> heads) {
        heads.forEach((head, size) -> assistance.record(new RecordAssistance(head, iom.id(), AssistanceKind.CASH,
                YearMonth.of(2024, 9), 1_250_000L + 500_000L * (size - 1), true, "Transfer bulanan IOM Kupang, September 2024")));
    }

    /**
     * Referrals of September 2024: IOM's cash assistance for the first family discussed at the visit (given),
     * a clinic for the second (awaiting the clinic's answer) and psychosocial support from IOM for the third.
     */
    private void refer(OrganisationView iom, List<PersonId> discussed) {
        partners.register(new RegisterOrganisation("Pemerintah Kota Kupang", OrganisationType.LOCAL_GOVERNMENT, "Kupang",
                "Jl. S. K. Lerik, Kelapa Lima", null, List.of()));
        partners.register(new RegisterOrganisation("Polresta Kupang Kota", OrganisationType.POLICE, "Kupang", null, null,
                List.of()));
        partners.register(new RegisterOrganisation("UNHCR Indonesia", OrganisationType.UNHCR, "Jakarta", null, null,
                List.of()));
        OrganisationView clinic = partners.register(new RegisterOrganisation("Klinik Pratama Oesapa",
                OrganisationType.HEALTH_FACILITY, "Kupang", "Jl. Timor Raya, Oesapa", null, List.of(new Contact("dr. Maria Goreti Lake", "Kepala Klinik",
                        null, null, null, null))));
        ReferralView cash = referrals.refer(new Refer(discussed.get(0), iom.id(), ServiceKind.CASH_ASSISTANCE,
                LocalDate.of(2024, 9, 2), "Bantuan tunai bulanan September 2024 untuk keluarga"));
        ReferralView accepted = referrals.accept(cash.id(), new AnswerReferral("Masuk daftar penerima September", cash.version()));
        referrals.complete(cash.id(), new CompleteReferral(LocalDate.of(2024, 9, 20),
                "Bantuan tunai diserahkan kepada kepala keluarga", accepted.version()));
        referrals.refer(new Refer(discussed.get(1), clinic.id(), ServiceKind.MEDICAL, LocalDate.of(2024, 9, 12),
                "Keluhan nyeri dada berulang; perlu pemeriksaan dokter"));
        referrals.refer(new Refer(discussed.get(2), iom.id(), ServiceKind.PSYCHOSOCIAL, LocalDate.of(2024, 9, 16),
                "Sulit tidur dan murung sejak kabar keluarga di Afghanistan"));
    }

    /**
     * A child born in March 2025 to the first family, placed in the family's hotel; and the first head
     * registered again in May 2025 under another spelling, then merged into the first record, so that the
     * duplicates tab has a merged record to show. Both after 2024, so that the scenario's months keep 171.
     */
    private void recordBirthAndDuplicate(PersonView head, UUID familyId, Rooms hotel) {
        LocalDate born = LocalDate.of(2025, 3, 14);
        PersonView child = shelter(families.registerBirth(familyId, new RegisterBirth("Zahra", head.familyName(),
                Sex.FEMALE, born, "RSUD Prof. Dr. W. Z. Johannes, Kupang", Relationship.CHILD)));
        placements.place(new PlacePerson(child.id(), hotel.hotel.id(), born, hotel.next(), null));
        String otherSpelling = KupangScenario.profileOf(head, 0).aliases().stream().findFirst()
                .orElse(head.givenName() + " " + (head.familyName() == null ? "" : head.familyName())).strip();
        String[] words = otherSpelling.split(" ", 2);
        PersonView again = persons.register(new RegisterPerson(words[0], words.length > 1 ? words[1] : null,
                head.sex(), head.dateOfBirth(), head.nationality(), null, null, LocalDate.of(2025, 5, 2)), true);
        merges.merge(head.id(), new MergePersons(again.id(), "Terdaftar dua kali dengan ejaan lain; foto dan nomor"
                + " kasus UNHCR dicocokkan oleh petugas"));
    }

    /**
     * The rooms of a hotel, four persons each (the last takes what is left of the capacity), filled in turn
     * so that a family sleeps in neighbouring rooms.
     */
    private final class Rooms {

        private static final int PER_ROOM = 4;

        private final ShelterView hotel;
        private final List<UnitView> units = new ArrayList<>();
        private final Map<UUID, Integer> used = new HashMap<>();

        Rooms(ShelterView hotel) {
            this.hotel = hotel;
            int left = hotel.capacity();
            for (int number = 1; left > 0; number++) {
                int capacity = Math.min(PER_ROOM, left);
                units.add(shelters.addUnit(hotel.id(), new CreateUnit("Kamar " + number, capacity)));
                left -= capacity;
            }
        }

        /** @return the first room with a free bed */
        UUID next() {
            UnitView room = units.stream().filter(u -> used.getOrDefault(u.id(), 0) < u.capacity()).findFirst().orElseThrow();
            used.merge(room.id(), 1, Integer::sum);
            return room.id();
        }

        /** @return the last room, kept free by the order rooms fill in */
        UUID last() {
            return units.get(units.size() - 1).id();
        }
    }

    /**
     * Two persons of the first family moved to the hotel's last room in June 2024 (a week after they came, if
     * later): the room changes of the year.
     */
    private void moveRooms(List<PlacementView> first, Rooms hotel) {
        LocalDate june = LocalDate.of(2024, 6, 3);
        for (PlacementView placement : first) {
            LocalDate day = placement.from().isBefore(june) ? june : placement.from().plusDays(7);
            placements.transfer(placement.id(), new TransferPlacement(hotel.hotel.id(), hotel.last(), day, null,
                    placement.version()));
        }
    }

    /**
     * Exit permits: one to hospital in September 2024 that came back in time, one approved two days ago whose
     * person is not back (overdue on the dashboard), one waiting for a supervisor. The kepala seksi decides
     * what the loader asked for.
     */
    private void recordPermits(List<PlacementView> first) {
        PersonId one = first.get(0).personId();
        PersonId two = first.get(1).personId();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        PermitView hospital = permits.request(new RequestPermit(one, "Berobat ke RSUD Prof. Dr. W. Z. Johannes",
                "Kota Kupang", LocalDateTime.of(2024, 9, 5, 8, 0), LocalDateTime.of(2024, 9, 5, 16, 0)));
        PermitView late = permits.request(new RequestPermit(two, "Mengurus dokumen di kantor UNHCR", "Kota Kupang",
                now.minusDays(3), now.minusDays(2)));
        permits.request(new RequestPermit(one, "Ibadah Jumat di Masjid Raya Nurul Iman", "Kota Kupang",
                now.plusDays(1), now.plusDays(1).plusHours(3)));
        SystemIdentity.runAs("kepala-seksi", () -> {
            PermitView approved = permits.approve(hospital.id(), new DecidePermit("Didampingi staf IOM", hospital.version()));
            permits.recordReturn(hospital.id(), new RecordReturn(LocalDateTime.of(2024, 9, 5, 15, 30), approved.version()));
            return permits.approve(late.id(), new DecidePermit(null, late.version()));
        });
    }

    /**
     * Roll calls of the three hotels every Tuesday of September 2024: everyone present but those the sheet
     * suggests on leave or in hospital, and the fifth person of the largest hotel absent each time, which
     * raises the dashboard's alert.
     */
    private void takeRollCalls(List<ShelterView> hotels) {
        ShelterView largest = hotels.stream().max(Comparator.comparingInt(ShelterView::capacity)).orElseThrow();
        for (LocalDate tuesday = LocalDate.of(2024, 9, 3); tuesday.getMonthValue() == 9; tuesday = tuesday.plusWeeks(1)) {
            for (ShelterView hotel : hotels) {
                PresenceSheet sheet = presence.sheet(hotel.id(), tuesday);
                List<MarkPerson> marks = new ArrayList<>();
                for (int i = 0; i < sheet.lines().size(); i++) {
                    PresenceLine line = sheet.lines().get(i);
                    marks.add(new MarkPerson(line.personId(), hotel.equals(largest) && i == 4 ? Mark.ABSENT : line.mark()));
                }
                presence.submit(new SubmitPresence(hotel.id(), tuesday, marks, null));
            }
        }
    }

    /**
     * Incidents after the scenario's September: a quarrel in October 2024, mediated and closed, and a medical
     * emergency in 2025 still open.
     */
    private void recordIncidents(List<ShelterView> hotels, List<PlacementView> first) {
        IncidentView quarrel = incidents.record(new RecordIncident(hotels.get(1).id(), IncidentType.RESIDENT_CONFLICT,
                LocalDateTime.of(2024, 10, 14, 21, 30), Severity.MEDIUM,
                "Pertengkaran di dapur bersama soal giliran memasak; dua penghuni saling dorong",
                "Dipisahkan oleh petugas jaga; keduanya dipanggil ke kantor keesokan harinya", List.of(), false, true));
        incidents.followUp(quarrel.id(), new RecordFollowUp("Mediasi bersama staf IOM Kupang; keduanya sepakat berdamai",
                true, quarrel.version()));
        incidents.record(new RecordIncident(hotels.get(0).id(), IncidentType.MEDICAL_EMERGENCY,
                LocalDateTime.of(2025, 4, 2, 6, 15), Severity.HIGH, "Penghuni pingsan di kamar; sesak napas",
                "Dibawa ke RSUD Prof. Dr. W. Z. Johannes dengan ambulans", List.of(first.get(1).personId()), false, true));
    }

    /**
     * The August 2024 inspections of the three hotels: Lavender up to standard (closed on the day), Ina Bo'i's
     * murky tap water cleaned up (closed), and a 2025 inspection of Kupang Inn whose prayer room is still awaited.
     */
    private void inspect(List<ShelterView> hotels) {
        String team = "Yohanes Ndun dan Maria Seran (Seksi Registrasi, Administrasi dan Pelaporan)";
        inspections.record(new RecordInspection(hotels.get(0).id(), LocalDate.of(2024, 8, 27), team, Arrays.stream(
                Facility.values()).map(f -> new Finding(f, FacilityCondition.GOOD, null)).toList(), null, null));
        InspectionView water = inspections.record(new RecordInspection(hotels.get(1).id(), LocalDate.of(2024, 8, 27), team,
                List.of(new Finding(Facility.CLEAN_WATER, FacilityCondition.NEEDS_IMPROVEMENT, "Air keran keruh di lantai 2"),
                        new Finding(Facility.FOOD, FacilityCondition.GOOD, "Tiga kali sehari, katering dari IOM"),
                        new Finding(Facility.HEALTH_CARE, FacilityCondition.GOOD, "Rujukan ke Puskesmas Oesapa"),
                        new Finding(Facility.HYGIENE, FacilityCondition.GOOD, null),
                        new Finding(Facility.WORSHIP_PLACE, FacilityCondition.GOOD, "Musala di lantai dasar")),
                "Pengelola hotel menguras dan membersihkan tandon air", LocalDate.of(2024, 9, 10)));
        inspections.close(water.id(), new CloseInspection("Tandon air dikuras 9 September 2024; air jernih saat diperiksa ulang",
                water.version()));
        inspections.record(new RecordInspection(hotels.get(2).id(), LocalDate.of(2025, 3, 11), team,
                List.of(new Finding(Facility.CLEAN_WATER, FacilityCondition.GOOD, null),
                        new Finding(Facility.WORSHIP_PLACE, FacilityCondition.MISSING, "Ruang musala dipakai sebagai gudang")),
                "Pengelola hotel mengosongkan ruang musala; IOM menyediakan karpet salat", LocalDate.of(2025, 4, 15)));
    }

    /** Rudenim Jakarta's records, written while the loader acts for that office. */
    private void loadJakarta() {
        ShelterView wisma = shelters.create(JakartaScenario.SHELTER);
        List<PersonId> discussed = new ArrayList<>();
        for (RegisterPerson member : JakartaScenario.PERSONS) {
            PersonId id = shelter(persons.register(member, true)).id();
            placements.place(PlacePerson.of(id, wisma.id(), member.supervisedFrom()));
            discussed.add(id);
        }
        OrganisationView unhcr = partners.register(new RegisterOrganisation("UNHCR Jakarta", OrganisationType.UNHCR,
                "Jakarta", null, null, List.of(new Contact("Rizka Ananda", "Protection Associate", null, null, null, null))));
        partners.recordVisit(new RecordVisit(unhcr.id(), LocalDate.of(2024, 9, 18), "Wisma Kalideres",
                "Pemantauan bersama tempat penampungan Wisma Kalideres", "Penghuni dalam keadaan baik; air bersih "
                        + "perlu diperbaiki.",
                List.of(new Attendee("Ni'matul Hasanah", "Kepala Rumah Detensi Imigrasi Jakarta", "Rudenim Jakarta"),
                        new Attendee("Rizka Ananda", "Protection Associate", "UNHCR Jakarta")),
                discussed.subList(0, 3), VisitKind.JOINT_MONITORING, LocalTime.of(9, 0), null, null));
    }

    /** @return the person, registered as found, in a shelter from their first day of supervision */
    private PersonView shelter(PersonView found) {
        return persons.changeStatus(found.id(), new ChangeStatus(SupervisionStatus.IN_SHELTER, found.supervisedFrom(),
                null, null, null, found.version()));
    }

    /** Families stay together, in the hotel with the most free room, which spreads them across all three. */
    private static ShelterView roomiest(List<ShelterView> hotels, Map<ShelterView, Integer> occupants) {
        return hotels.stream()
                .max(Comparator.comparingInt(h -> h.capacity() - occupants.getOrDefault(h, 0)))
                .orElseThrow();
    }
}

package org.suaka.web.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.audit.api.AuditQuery;
import org.suaka.audit.api.AuditTrail;
import org.suaka.partner.api.PartnerService;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.registry.api.CardService;
import org.suaka.registry.api.ChangeStatus;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.ConsentView;
import org.suaka.registry.api.DocumentScan;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.DuplicateCandidate;
import org.suaka.registry.api.EndSupervision;
import org.suaka.registry.api.ExpiringDocument;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.FamilyView;
import org.suaka.registry.api.IdCardView;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.IssueCard;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.MergeService;
import org.suaka.registry.api.MergedRecordView;
import org.suaka.registry.api.OfficeStayView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonProfile;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.Photo;
import org.suaka.registry.api.ProfileService;
import org.suaka.registry.api.RecordConsent;
import org.suaka.registry.api.RecordDocument;
import org.suaka.registry.api.RecordSelfReport;
import org.suaka.registry.api.RecordUnhcrStatus;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.SelfReportView;
import org.suaka.registry.api.StatusChangeView;
import org.suaka.registry.api.TransferPerson;
import org.suaka.registry.api.UnhcrStatusView;
import org.suaka.registry.api.UpdateConsent;
import org.suaka.registry.api.UpdatePerson;
import org.suaka.registry.api.VulnerabilityFlags;
import org.suaka.shelter.api.PlacementService;
import org.suaka.web.rest.problem.Problem;

/**
 * Persons under supervision.
 */
@Path("persons")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class PersonResource {

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
    PlacementService placements;

    @Inject
    PartnerService partners;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /**
     * @param command the person to register
     * @param confirmDuplicate true once someone checked the probable duplicates
     *     ({@code POST /persons/duplicate-check}) and found this a different person; without it a probable
     *     duplicate is refused with 409 {@code probable-duplicate}
     * @return 201 with the registered person
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Register a person under supervision")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response register(RegisterPerson command,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        PersonView person = persons.register(command, confirmDuplicate);
        return Created.at(uri, person.id(), person);
    }

    /**
     * @param id the person's id
     * @return the person
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Path("{id}")
    @Operation(summary = "Read a person")
    public PersonView get(@PathParam("id") String id) {
        return Lookup.byId("person", id, PersonId::parse, persons::find);
    }

    /**
     * Corrects a person's facts: fields left out keep their value, an empty family name or UNHCR number
     * clears it.
     *
     * @param id the person's id
     * @param command the fields to change and the version last read
     * @return the corrected person
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a person's facts")
    public PersonView update(@PathParam("id") String id, UpdatePerson command) {
        return persons.update(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @param command the last day of supervision and the version last read
     * @return the person, supervision ended
     */
    @POST
    @Path("{id}/end-supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "End a person's supervision")
    public PersonView endSupervision(@PathParam("id") String id, EndSupervision command) {
        return persons.endSupervision(get(id).id(), command);
    }

    /**
     * Changes the person's supervision status: to the detention house, a shelter, outside the shelter (in
     * hospital, permitted) or departed (resettled to a country, returned, deported, transferred to a
     * detention house, absconded, deceased). A departure ends the supervision and the placement on its day.
     *
     * @param id the person's id
     * @param command the status, its day, reason, destination, note and the version last read
     * @return the person with the new status
     */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Change a person's supervision status")
    public PersonView changeStatus(@PathParam("id") String id, ChangeStatus command) {
        return persons.changeStatus(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @param command the document: kind, number, issuer, issue and expiry days
     * @return 201 with the recorded document
     */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record an identity document")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityDocumentView.class)))
    public Response recordDocument(@PathParam("id") String id, RecordDocument command) {
        IdentityDocumentView document = documents.record(get(id).id(), command);
        return Created.at(uri, document.id(), document);
    }

    /**
     * @param id the person's id
     * @return the person's identity documents, those that expire last first
     */
    @GET
    @Path("{id}/documents")
    @Operation(summary = "List a person's identity documents")
    public List<IdentityDocumentView> documents(@PathParam("id") String id) {
        return documents.documentsOf(get(id).id());
    }

    /**
     * Attaches the scan of a document, judged by its content (PDF, JPEG or PNG, at most 5 MB), replacing any
     * earlier scan.
     *
     * @param id the person's id
     * @param documentId the document's id
     * @param content the scan's bytes
     * @return the document
     */
    @PUT
    @Path("{id}/documents/{documentId}/scan")
    @Consumes({"application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Attach the scan of an identity document")
    public IdentityDocumentView attachScan(@PathParam("id") String id, @PathParam("documentId") String documentId,
            byte[] content) {
        return documents.attachScan(get(id).id(), documentIdOf(documentId), content);
    }

    /**
     * @param id the person's id
     * @param documentId the document's id
     * @return the scan, with its media type
     */
    @GET
    @Path("{id}/documents/{documentId}/scan")
    @Produces({"application/pdf", "image/jpeg", "image/png", Problem.MEDIA_TYPE})
    @Operation(summary = "Read the scan of an identity document")
    @APIResponse(responseCode = "200", description = "The scan as attached",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response scan(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        DocumentScan scan = documents.scanOf(get(id).id(), documentIdOf(documentId));
        return Response.ok(scan.content(), scan.mediaType()).header("Cache-Control", "no-store").build();
    }

    /**
     * @param days how many days ahead, 1 to 366
     * @param offset how many to skip
     * @param limit how many to return
     * @return the documents of persons under supervision that expire from today to that day, soonest first
     */
    @GET
    @Path("documents/expiring")
    @Operation(summary = "List the identity documents that expire soon")
    public ResultPage<ExpiringDocument> expiringDocuments(@QueryParam("days") @DefaultValue("30") String days,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        int ahead;
        try {
            ahead = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("days", "'days' must be a whole number from 1 to 366");
        }
        return documents.expiring(ahead, Paging.of(offset, limit));
    }

    private static UUID documentIdOf(String documentId) {
        try {
            return UUID.fromString(documentId);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("document", documentId);
        }
    }

    /**
     * @param id the person's id
     * @return the person's profile: other spellings, birth, languages, contact, how they were found, the
     *     fingerprint reference
     */
    @GET
    @Path("{id}/profile")
    @Operation(summary = "Read a person's profile")
    public PersonProfile profile(@PathParam("id") String id) {
        return profiles.profileOf(get(id).id());
    }

    /**
     * Records a person's profile as a whole; their other spellings are searched and checked for duplicates
     * from now on.
     *
     * @param id the person's id
     * @param profile the profile
     * @return the profile as recorded
     */
    @PUT
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a person's profile")
    public PersonProfile recordProfile(@PathParam("id") String id, PersonProfile profile) {
        return profiles.recordProfile(get(id).id(), profile);
    }

    /**
     * @param id the person's id
     * @return the person's photo
     */
    @GET
    @Path("{id}/photo")
    @Produces({"image/jpeg", "image/png", Problem.MEDIA_TYPE})
    @Operation(summary = "Read a person's photo")
    @APIResponse(responseCode = "200", description = "The photo as kept",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response photo(@PathParam("id") String id) {
        Photo photo = profiles.photoOf(get(id).id());
        return Response.ok(photo.content(), photo.mediaType()).header("Cache-Control", "no-store").build();
    }

    /**
     * @param id the person's id
     * @param content a JPEG or PNG of at most 2 MB, judged by its content
     * @return 204
     */
    @PUT
    @Path("{id}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Set a person's photo")
    @APIResponse(responseCode = "204", description = "The photo is kept")
    public Response setPhoto(@PathParam("id") String id, byte[] content) {
        profiles.setPhoto(get(id).id(), content);
        return Response.noContent().build();
    }

    /**
     * Records UNHCR's decision on the person's status: asylum seeker, refugee, rejected or closed.
     *
     * @param id the person's id
     * @param command the status, the day of the decision and a note
     * @return the person with the status
     */
    @POST
    @Path("{id}/unhcr-status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a person's UNHCR status")
    public PersonView recordUnhcrStatus(@PathParam("id") String id, RecordUnhcrStatus command) {
        return persons.recordUnhcrStatus(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @return the changes of the person's UNHCR status, oldest first
     */
    @GET
    @Path("{id}/unhcr-status-history")
    @Operation(summary = "List the changes of a person's UNHCR status")
    public List<UnhcrStatusView> unhcrStatusHistory(@PathParam("id") String id) {
        return persons.unhcrStatusHistory(get(id).id());
    }

    /**
     * Puts the person in a family of the office, or starts a family they head; a member of another family
     * is moved.
     *
     * @param id the person's id
     * @param command the family ({@code familyId}, empty to start one) and the relationship to its head
     * @return the family the person now belongs to
     */
    @PUT
    @Path("{id}/family")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Put a person in a family group")
    public FamilyView joinFamily(@PathParam("id") String id, JoinFamily command) {
        return families.join(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @return the person's family; 404 when they belong to none
     */
    @GET
    @Path("{id}/family")
    @Operation(summary = "Read a person's family group")
    public FamilyView family(@PathParam("id") String id) {
        return families.familyOf(get(id).id()).orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    /**
     * @param id the person's id
     * @return the person's specific needs (vulnerabilities), as {@code {"flags": [...]}}
     */
    @GET
    @Path("{id}/vulnerabilities")
    @Operation(summary = "Read a person's specific needs")
    public VulnerabilityFlags vulnerabilities(@PathParam("id") String id) {
        return new VulnerabilityFlags(persons.vulnerabilitiesOf(get(id).id()));
    }

    /**
     * Records a person's specific needs as a whole: a need left out is no longer recorded.
     *
     * @param id the person's id
     * @param flags the needs, e.g. {@code {"flags": ["SINGLE_WOMAN", "SERIOUS_MEDICAL_CONDITION"]}}
     * @return the needs as recorded
     */
    @PUT
    @Path("{id}/vulnerabilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a person's specific needs")
    public VulnerabilityFlags recordVulnerabilities(@PathParam("id") String id, VulnerabilityFlags flags) {
        return new VulnerabilityFlags(persons.recordVulnerabilities(get(id).id(), flags));
    }

    /**
     * @param id the person's id
     * @return the changes of the person's supervision status, oldest first, with who recorded them
     */
    @GET
    @Path("{id}/status-history")
    @Operation(summary = "List the changes of a person's supervision status")
    public List<StatusChangeView> statusHistory(@PathParam("id") String id) {
        return persons.statusHistory(get(id).id());
    }

    /**
     * Issues a special refugee ID card (kartu identitas khusus) to a person under supervision; their earlier
     * card is revoked on the day of issue.
     *
     * @param id the person's id
     * @param command the day of issue (today when empty) and the last day of validity (the configured
     *     validity when empty)
     * @return 201 with the card and its number
     */
    @POST
    @Path("{id}/cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Issue a special refugee ID card")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdCardView.class)))
    public Response issueCard(@PathParam("id") String id, IssueCard command) {
        IdCardView card = cards.issue(get(id).id(), command);
        return Created.at(uri, card.id(), card);
    }

    /**
     * @param id the person's id
     * @return the person's cards, latest first, with their state today
     */
    @GET
    @Path("{id}/cards")
    @Operation(summary = "List a person's special refugee ID cards")
    public List<IdCardView> cards(@PathParam("id") String id) {
        return cards.cardsOf(get(id).id());
    }

    /**
     * @param id the person's id
     * @param command the consent as given
     * @return 201 with the recorded consent
     */
    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a consent")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    public Response recordConsent(@PathParam("id") String id, RecordConsent command) {
        ConsentView consent = persons.recordConsent(get(id).id(), command);
        return Response.status(Response.Status.CREATED).entity(consent).build();
    }

    /**
     * Corrects a recorded consent: only the fields sent change.
     *
     * @param id the person's id
     * @param consentId the consent's id
     * @param command the fields to change and the version last read
     * @return the corrected consent
     */
    @PATCH
    @Path("{id}/consents/{consentId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Correct a recorded consent")
    public ConsentView correctConsent(@PathParam("id") String id, @PathParam("consentId") String consentId,
            UpdateConsent command) {
        ConsentId consent = ConsentId.parse(consentId).orElseThrow(() -> new RecordNotFoundException("consent", consentId));
        return persons.correctConsent(get(id).id(), consent, command);
    }

    /**
     * Hands the person, and their family if asked, over to another office. The person's history stays;
     * their placement at this office ends on the day.
     *
     * @param id the person's id
     * @param command the receiving office, the day, whether the family goes too, the version last read
     * @return the persons transferred
     */
    @POST
    @Path("{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Transfer a person to another office")
    public List<PersonView> transfer(@PathParam("id") String id, TransferPerson command) {
        return persons.transfer(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @return the registered persons who may be the same person, most alike first
     */
    @GET
    @Path("{id}/duplicates")
    @Operation(summary = "List the persons who may be the same as this one")
    public List<DuplicateCandidate> duplicates(@PathParam("id") String id) {
        return persons.duplicatesOf(get(id).id());
    }

    /**
     * Merges a duplicate record into this one. The duplicate's id keeps leading to this person, here and in
     * the other modules.
     *
     * @param id the record that stands for the person
     * @param command the duplicate and why the two are the same person
     * @return the person after the merge
     */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Merge a duplicate record into this person's record")
    public PersonView merge(@PathParam("id") String id, MergePersons command) {
        return merges.merge(get(id).id(), command);
    }

    /**
     * @param id the person's id
     * @return the duplicate records merged into the person's, latest first
     */
    @GET
    @Path("{id}/merged")
    @Operation(summary = "List the duplicate records merged into a person's record")
    public List<MergedRecordView> merged(@PathParam("id") String id) {
        return merges.mergedInto(get(id).id());
    }

    /**
     * Looks for registered persons alike a registration before it is sent: alike in name whatever the
     * transliteration and word order, in date of birth and nationality, or with the same UNHCR number.
     *
     * @param draft the registration as it would be sent
     * @return the candidates, most alike first; a score of 75 or more is a probable duplicate
     */
    @POST
    @Path("duplicate-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Find registered persons alike a registration before it is sent")
    @APIResponse(responseCode = "200", description = "The candidates, most alike first (none: an empty list)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DuplicateCandidate.class)))
    public List<DuplicateCandidate> duplicateCheck(RegisterPerson draft) {
        return persons.duplicateCandidates(draft);
    }

    /**
     * @param id the person's id, under supervision
     * @param command the day the person reported and the officer's remarks
     * @return 201 with the report; the signed-in user is the officer who took it
     */
    @POST
    @Path("{id}/self-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Record a person's monthly self-report (lapor diri)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfReportView.class)))
    public Response recordSelfReport(@PathParam("id") String id, RecordSelfReport command) {
        SelfReportView report = persons.recordSelfReport(get(id).id(), command);
        return Created.at(uri, report.id(), report);
    }

    /**
     * @param id the person's id
     * @return the person's self-reports, latest first
     */
    @GET
    @Path("{id}/self-reports")
    @Operation(summary = "List a person's self-reports")
    public List<SelfReportView> selfReports(@PathParam("id") String id) {
        return persons.selfReportsOf(get(id).id());
    }

    /**
     * @param month the last month looked at, as {@code YYYY-MM}; this month when not given
     * @param months how many months up to it: 1 lists who is overdue that month, 3 who missed three in a row
     * @param offset how many to skip
     * @param limit how many to return
     * @return the persons under supervision through those months without a self-report in any, by name
     */
    @GET
    @Path("self-reports/overdue")
    @Operation(summary = "List the persons who did not report in a month, or several in a row")
    public ResultPage<PersonView> overdueSelfReports(@QueryParam("month") String month,
            @QueryParam("months") @DefaultValue("1") String months, @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        YearMonth last = month == null || month.isBlank() ? YearMonth.now(clock) : Dates.month("month", month);
        int count;
        try {
            count = Integer.parseInt(months.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("months", "Give a number of months from 1 to 12");
        }
        if (count < 1 || count > 12) {
            throw new InvalidFieldException("months", "Give a number of months from 1 to 12");
        }
        return persons.withoutSelfReport(last, count, Paging.of(offset, limit));
    }

    /**
     * @param id the person's id
     * @return the offices that supervised the person, oldest first
     */
    @GET
    @Path("{id}/offices")
    @Operation(summary = "List the offices that supervised a person")
    public List<OfficeStayView> officeHistory(@PathParam("id") String id) {
        return persons.officeHistory(get(id).id());
    }

    /**
     * @param id the person's id
     * @return the person's consents, latest first
     */
    @GET
    @Path("{id}/consents")
    @Operation(summary = "List a person's consents")
    public List<ConsentView> consents(@PathParam("id") String id) {
        return persons.consentsOf(get(id).id());
    }

    /**
     * Everything held on one person, for a subject-access request. Administrators only; the export
     * itself is put on the audit trail like any read.
     *
     * @param id the person's id
     * @return the person's record, placements, visits and access log
     */
    @GET
    @Path("{id}/export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export everything held on a person (subject access)")
    public SubjectAccessExport export(@PathParam("id") String id) {
        PersonView person = get(id);
        return new SubjectAccessExport(person, persons.consentsOf(person.id()), placements.placementsOf(person.id()),
                partners.visitsAbout(person.id()),
                audit.search(new AuditQuery(null, person.id().toString(), null, null, null),
                        new PageRequest(0, PageRequest.MAX_LIMIT)).items(),
                clock.instant());
    }

    /**
     * @param name the beginnings of words of the names or other spellings, any order, any case ("moh hoss")
     * @param nationality an ISO 3166-1 alpha-3 code
     * @param status a supervision status, e.g. {@code IN_SHELTER}
     * @param vulnerability a specific need, e.g. {@code UNACCOMPANIED_CHILD}
     * @param number a UNHCR individual or case number, an identity document's or an ID card's number, exactly
     * @param family a family's id: its members
     * @param shelter a shelter's id: the persons placed there today (from the shelter module)
     * @param offset rows to skip
     * @param limit rows to return, at most 500
     * @return one page of persons
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
    @Operation(summary = "Search persons")
    public ResultPage<PersonView> search(@QueryParam("name") String name,
            @QueryParam("nationality") String nationality,
            @QueryParam("status") String status,
            @QueryParam("vulnerability") String vulnerability,
            @QueryParam("number") String number,
            @QueryParam("family") String family,
            @QueryParam("shelter") String shelter,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        return persons.search(new PersonFilter(name, nationality, status, vulnerability, number, family, shelter)
                .search(placements, LocalDate.now(clock)).apply(Paging.of(offset, limit)));
    }
}

package org.suaka.web.rest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.Tally;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;
import org.suaka.web.export.SheetFormat;
import org.suaka.web.export.SheetWriter;
import org.suaka.web.rest.problem.Problem;

/**
 * Lists as spreadsheets (XLSX or CSV): the persons as filtered in the person list, a shelter's occupants on a
 * day, and the statistics tables of a day. Each list comes from the same service as the page and the API, so
 * the caller's office and a partner's data scope apply; rows are written while the service is paged.
 */
@Path("exports")
@Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class ExportResource {

    private static final String BUNDLE = "org.suaka.web.export.headers";
    private static final String FORMAT = "xlsx (the default) or csv";

    @Inject
    PersonService persons;

    @Inject
    ShelterService shelters;

    @Inject
    PlacementService placements;

    @Inject
    SupervisionStatistics statistics;

    @Inject
    Clock clock;

    /**
     * @param name part of a name
     * @param nationality an ISO 3166-1 alpha-3 code
     * @param status a supervision status
     * @param vulnerability a specific need
     * @param number a UNHCR, document or card number, exactly
     * @param shelter a shelter's id: its occupants of today
     * @param format xlsx or csv
     * @param lang the language of the headers, id or en
     * @param accept the browser's languages, when no lang is given
     * @return the persons the caller may read, as filtered, by name
     */
    @GET
    @Path("persons")
    @Operation(summary = "Export the person list, as filtered, to XLSX or CSV")
    @APIResponse(responseCode = "200", description = "The list as a spreadsheet", content = {
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response persons(@QueryParam("name") String name, @QueryParam("nationality") String nationality,
            @QueryParam("status") String status, @QueryParam("vulnerability") String vulnerability,
            @QueryParam("number") String number, @QueryParam("shelter") String shelter,
            @QueryParam("format") @Parameter(description = FORMAT) String format,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        SheetFormat as = SheetFormat.parse(format);
        ResourceBundle labels = labels(lang, accept);
        Function<PageRequest, PersonSearch> search = new PersonFilter(name, nationality, status, vulnerability, number, null,
                shelter).search(placements, LocalDate.now(clock));
        ResultPage<PersonView> first = persons.search(search.apply(new PageRequest(0, PageRequest.MAX_LIMIT)));
        List<String> header = headers(labels, "givenName", "familyName", "sex", "dateOfBirth", "nationality", "unhcrNumber",
                "unhcrCaseNumber", "unhcrStatus", "status", "supervisedFrom", "supervisedUntil");
        return sheet(as, labels.getString("sheet.persons"), out -> {
            out.row(header);
            ResultPage<PersonView> page = first;
            while (true) {
                for (PersonView p : page.items()) {
                    out.row(Arrays.asList(p.givenName(), p.familyName(), label(labels, p.sex()), p.dateOfBirth(), p.nationality(),
                            p.unhcrNumber(), p.unhcrCaseNumber(), label(labels, p.unhcrStatus()), label(labels, p.status()),
                            p.supervisedFrom(), p.supervisedUntil()));
                }
                if (page.items().size() < PageRequest.MAX_LIMIT) {
                    return;
                }
                page = persons.search(search.apply(new PageRequest(page.offset() + PageRequest.MAX_LIMIT, PageRequest.MAX_LIMIT)));
            }
        });
    }

    /**
     * @param shelter the shelter's id
     * @param date the day; today when not given
     * @param format xlsx or csv
     * @param lang the language of the headers, id or en
     * @param accept the browser's languages, when no lang is given
     * @return the shelter's occupants on the day, with their rooms
     */
    @GET
    @Path("occupants")
    @Operation(summary = "Export a shelter's occupants on a day to XLSX or CSV")
    @APIResponse(responseCode = "200", description = "The occupants as a spreadsheet", content = {
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response occupants(@QueryParam("shelter") @Parameter(required = true) String shelter,
            @QueryParam("date") String date, @QueryParam("format") @Parameter(description = FORMAT) String format,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        SheetFormat as = SheetFormat.parse(format);
        ResourceBundle labels = labels(lang, accept);
        if (shelter == null || shelter.isBlank()) {
            throw new InvalidFieldException("shelter", "Name the shelter whose occupants to export");
        }
        ShelterView place = Lookup.byId("shelter", shelter, ShelterId::parse, shelters::find);
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : Dates.parse("date", date);
        List<PlacementView> occupants = placements.occupants(place.id(), day);
        List<String> header = headers(labels, "givenName", "familyName", "sex", "nationality", "unhcrNumber", "unit",
                "placedFrom");
        return sheet(as, place.name(), out -> {
            out.row(header);
            for (int from = 0; from < occupants.size(); from += PageRequest.MAX_LIMIT) {
                List<PlacementView> chunk = occupants.subList(from, Math.min(occupants.size(), from + PageRequest.MAX_LIMIT));
                Map<PersonId, PersonView> named = persons.findAll(chunk.stream().map(PlacementView::personId).toList());
                for (PlacementView placed : chunk) {
                    PersonView p = named.get(placed.personId());
                    out.row(Arrays.asList(p == null ? null : p.givenName(), p == null ? null : p.familyName(),
                            p == null ? null : label(labels, p.sex()), p == null ? null : p.nationality(),
                            p == null ? null : p.unhcrNumber(), placed.unitName(), placed.from()));
                }
            }
        });
    }

    /**
     * @param date the day of the figures
     * @param format xlsx or csv
     * @param lang the language of the headers, id or en
     * @param accept the browser's languages, when no lang is given
     * @return every statistics table of the day, one row per table and group
     */
    @GET
    @Path("statistics")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Export the statistics tables of a day to XLSX or CSV")
    @APIResponse(responseCode = "200", description = "The tables as a spreadsheet", content = {
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response statistics(@QueryParam("date") @Parameter(required = true) String date,
            @QueryParam("format") @Parameter(description = FORMAT) String format,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        SheetFormat as = SheetFormat.parse(format);
        ResourceBundle labels = labels(lang, accept);
        LocalDate day = Dates.parse("date", date);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(labels.getString("table.total"), "", statistics.countUnderSupervision(day)));
        addTable(rows, labels, "table.nationalityAndSex", statistics.byNationalityAndSex(day));
        addTable(rows, labels, "table.ageBand", statistics.byAgeBand(day));
        addTable(rows, labels, "table.status", statistics.bySupervisionStatus(day));
        addTable(rows, labels, "table.unhcrStatus", statistics.byUnhcrStatus(day));
        addTable(rows, labels, "table.vulnerability", statistics.byVulnerability(day));
        addTable(rows, labels, "table.families", statistics.familiesAndSingles(day));
        List<String> header = headers(labels, "table", "group", "count");
        return sheet(as, labels.getString("sheet.statistics") + " " + day, out -> {
            out.row(header);
            for (List<Object> row : rows) {
                out.row(row);
            }
        });
    }

    private static void addTable(List<List<Object>> rows, ResourceBundle labels, String table, List<Tally> tallies) {
        for (Tally tally : tallies) {
            rows.add(List.of(labels.getString(table), tally.key(), tally.count()));
        }
    }

    /** A sheet written to the response as the rows come; the file name says what and when. */
    private Response sheet(SheetFormat as, String name, Rows rows) {
        StreamingOutput body = stream -> {
            try (SheetWriter out = as.open(stream, name)) {
                rows.writeTo(out);
            }
        };
        String file = "suaka-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + LocalDate.now(clock)
                + "." + as.extension();
        return Response.ok(body, as.mediaType()).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static ResourceBundle labels(String lang, String accept) {
        // no fallback to the server's own locale: Indonesian is the base file
        return ResourceBundle.getBundle(BUNDLE, DocumentLanguage.choose(lang, accept),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> headers(ResourceBundle labels, String... keys) {
        return Arrays.stream(keys).map(key -> labels.getString("column." + key)).toList();
    }

    private static String label(ResourceBundle labels, Enum<?> value) {
        return value == null ? null : labels.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Writes a sheet's rows. */
    @FunctionalInterface
    private interface Rows {
        void writeTo(SheetWriter out) throws IOException;
    }
}

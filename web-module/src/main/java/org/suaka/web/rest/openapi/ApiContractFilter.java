package org.suaka.web.rest.openapi;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.suaka.web.rest.ActionItemResource;
import org.suaka.web.rest.AgreementResource;
import org.suaka.web.rest.AssistanceResource;
import org.suaka.web.rest.AuditResource;
import org.suaka.web.rest.BackupResource;
import org.suaka.web.rest.CardBatchResource;
import org.suaka.web.rest.CardResource;
import org.suaka.web.rest.ExportResource;
import org.suaka.web.rest.FamilyResource;
import org.suaka.web.rest.ImportJobResource;
import org.suaka.web.rest.ImportMappingResource;
import org.suaka.web.rest.ImportResource;
import org.suaka.web.rest.IncidentResource;
import org.suaka.web.rest.InspectionResource;
import org.suaka.web.rest.OfficeResource;
import org.suaka.web.rest.PartnerResource;
import org.suaka.web.rest.PermitResource;
import org.suaka.web.rest.PersonResource;
import org.suaka.web.rest.PlacementResource;
import org.suaka.web.rest.PresenceResource;
import org.suaka.web.rest.ReferralResource;
import org.suaka.web.rest.ReportPluginResource;
import org.suaka.web.rest.ReportResource;
import org.suaka.web.rest.RetentionResource;
import org.suaka.web.rest.StatisticsResource;
import org.suaka.web.rest.ShelterResource;
import org.suaka.web.rest.SuakaApi;
import org.suaka.web.rest.VisitAttachmentResource;
import org.suaka.web.rest.VisitResource;
import org.suaka.web.rest.problem.Problem;

/**
 * Completes the generated OpenAPI document with what every operation shares: HTTP Basic as the security
 * scheme, the problem document (RFC 9457) and the error statuses each operation can answer with, a tag
 * per resource, the licence, and the server as the one the document was read from. It runs on the document the server generates from the resources, so the contract
 * cannot drift from the code.
 */
public class ApiContractFilter implements OASFilter {

    /** The resource classes, whose methods say which records each operation reads and writes. */
    static final List<Class<?>> RESOURCES = List.of(PersonResource.class, ShelterResource.class,
            PlacementResource.class, PartnerResource.class, VisitResource.class, ReportResource.class,
            AuditResource.class, RetentionResource.class, StatisticsResource.class, BackupResource.class, OfficeResource.class,
            ReportPluginResource.class, CardResource.class, FamilyResource.class,
            CardBatchResource.class, PermitResource.class, PresenceResource.class,
            IncidentResource.class, InspectionResource.class, ReferralResource.class, AgreementResource.class,
            ActionItemResource.class, AssistanceResource.class, VisitAttachmentResource.class,
            ExportResource.class, ImportResource.class, ImportJobResource.class, ImportMappingResource.class);

    static final String SECURITY_SCHEME = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = Problem.MEDIA_TYPE;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The user name and password of the server's user registry, with every request"));
        components.addSchema(PROBLEM, problemSchema());
        openAPI.components(components);
        openAPI.security(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        openAPI.getInfo().license(OASFactory.createLicense()
                .name("Restricted: for Indonesian immigration offices and their partners")
                .url("https://www.imigrasi.go.id/"));
        // The server that answers is the one the document was read from, whatever its host name.
        openAPI.servers(List.of(OASFactory.createServer().url("/").description("This server")));
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Object> examples = RequestExamples.load();
        Map<String, OperationTypes> types = OperationTypes.of(SuakaApi.ROOT, RESOURCES);
        RecordSchemas schemas = new RecordSchemas(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            complete(path, method, operation);
            describeBodies(types.get(method + " " + path), operation, schemas);
            RequestExamples.attach(examples.get(method + " " + path), operation);
        }));
    }

    /** The records each operation reads and writes, which the scanner sees only as bare objects. */
    private static void describeBodies(OperationTypes types, Operation operation, RecordSchemas schemas) {
        if (types == null) {
            return;
        }
        if (types.requestBody() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                if (type.contains("json")) {
                    media.schema(schemas.of(types.requestBody()));
                }
            });
        }
        if (types.responseBody() == null || operation.getResponses() == null) {
            return;
        }
        for (String success : List.of("200", "201", "202")) {
            APIResponse response = operation.getResponses().getAPIResponse(success);
            if (response != null && response.getContent() != null
                    && response.getContent().hasMediaType(MediaType.APPLICATION_JSON)) {
                response.getContent().getMediaType(MediaType.APPLICATION_JSON).schema(schemas.of(types.responseBody()));
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ParameterSchemas::describe);
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(path.replaceFirst("^/api/v1/", "").replaceFirst("^/", "").split("/")[0]);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean namesARecord = path.contains("{");
        boolean writes = method != PathItem.HttpMethod.GET;
        if (hasInput) {
            error(operation, "400", "The request is malformed or a field is invalid; the fields are named");
        }
        error(operation, "401", "Sign in first: no or wrong credentials");
        error(operation, "403", "The caller's role may not do this");
        if (namesARecord) {
            error(operation, "404", "No record has this id");
        }
        if (writes) {
            error(operation, "409", "A rule refuses it, or the record changed since the caller read it");
        }
        error(operation, "429", "Too many failed sign-ins: wait as long as Retry-After says");
        error(operation, "500", "The request failed; the problem carries an incident id for the log");
    }

    private static void error(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .example(ProblemExamples.of(status))));
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("A problem document (RFC 9457)")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"),
                        "title", text,
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"),
                        "detail", text,
                        "instance", text,
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                        .properties(Map.of("field", text, "message", text)))));
    }
}

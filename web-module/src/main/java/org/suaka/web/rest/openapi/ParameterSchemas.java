package org.suaka.web.rest.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.SupervisionStatus;
import org.suaka.registry.api.Vulnerability;

/**
 * The constraints of the parameters that recur across the API, which the resources read as plain strings
 * (so that a bad value is a 400 naming the parameter): paging bounds, dates, ids, codes and languages.
 * The document then says what the server accepts.
 */
final class ParameterSchemas {

    private static final Map<String, Schema> QUERY = Map.ofEntries(
            Map.entry("offset", integer(0, null, 0)),
            Map.entry("limit", integer(1, PageRequest.MAX_LIMIT, 50)),
            Map.entry("date", text().format("date")),
            Map.entry("from", text().format("date")),
            Map.entry("to", text().format("date")),
            Map.entry("lang", text().enumeration(List.of("id", "en"))),
            Map.entry("nationality", text().pattern("^[A-Za-z]{3}$")),
            Map.entry("month", text().pattern("^[0-9]{4}-[0-9]{2}$")),
            Map.entry("fromMonth", text().pattern("^[0-9]{4}-[0-9]{2}$")),
            Map.entry("toMonth", text().pattern("^[0-9]{4}-[0-9]{2}$")),
            Map.entry("months", integer(1, 12, 1)),
            Map.entry("fileName", text().minLength(1).maxLength(200)),
            Map.entry("create", text().pattern("^[0-9]{1,7}(,[0-9]{1,7})*$")),
            Map.entry("link", text().pattern("^[0-9]{1,7}(,[0-9]{1,7})*$")),
            Map.entry("skip", text().pattern("^[0-9]{1,7}(,[0-9]{1,7})*$")),
            Map.entry("mapping", text().minLength(1).maxLength(100)),
            Map.entry("outcome", text().enumeration(Arrays.stream(org.suaka.registry.api.ImportOutcome.values()).<Object>map(Enum::name).toList())),
            Map.entry("format", text().enumeration(List.of("xlsx", "csv")).defaultValue("xlsx")),
            Map.entry("number", text().minLength(1).maxLength(40)),
            Map.entry("days", integer(1, 366, 30)),
            Map.entry("expiringWithin", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(366))),
            Map.entry("organisation", text().format("uuid")),
            Map.entry("family", text().format("uuid")),
            Map.entry("person", text().format("uuid")),
            Map.entry("overdue", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN).defaultValue(false)),
            Map.entry("open", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN).defaultValue(false)),
            Map.entry("type", text().enumeration(Arrays.stream(org.suaka.shelter.api.IncidentType.values()).<Object>map(Enum::name).toList())),
            Map.entry("state", text().enumeration(Arrays.stream(org.suaka.shelter.api.PermitState.values()).<Object>map(Enum::name).toList())),
            Map.entry("shelter", text().format("uuid")),
            Map.entry("status", text().enumeration(Arrays.stream(SupervisionStatus.values()).<Object>map(Enum::name).toList())),
            Map.entry("vulnerability", text().enumeration(Arrays.stream(Vulnerability.values()).<Object>map(Enum::name).toList())),
            Map.entry("file", text().pattern("^[A-Za-z0-9][A-Za-z0-9_.-]{0,100}[.](jar|zip)$")),
            Map.entry("confirmDuplicate", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN).defaultValue(false)));

    private static final Map<String, Schema> PATH = Map.of(
            "id", text().format("uuid"),
            "consentId", text().format("uuid"),
            "unitId", text().format("uuid"),
            "attachmentId", text().format("uuid"),
            "reportId", text().pattern("^[a-z0-9-]{1,100}$"),
            "code", text().pattern("^[0-9A-Za-z]{4}(-[0-9A-Za-z]{4}){3}$"),
            "file", text().pattern("^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}$"));

    private ParameterSchemas() {
    }

    /**
     * @param parameter a parameter of an operation, given its schema when this class knows the name and the resource
     *     did not declare an enumeration of its own (as {@code status} of referrals does)
     */
    static void describe(Parameter parameter) {
        Map<String, Schema> known = parameter.getIn() == Parameter.In.PATH ? PATH
                : parameter.getIn() == Parameter.In.QUERY ? QUERY : Map.of();
        Schema schema = known.get(parameter.getName());
        Schema declared = parameter.getSchema();
        boolean declaredByTheResource = declared != null && (declared.getRef() != null || declared.getEnumeration() != null);
        if (schema != null && !declaredByTheResource) {
            parameter.schema(schema);
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    private static Schema integer(int minimum, Integer maximum, int byDefault) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).defaultValue(byDefault);
        return maximum == null ? schema : schema.maximum(BigDecimal.valueOf(maximum));
    }
}

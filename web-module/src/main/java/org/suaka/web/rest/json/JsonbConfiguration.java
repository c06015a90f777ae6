package org.suaka.web.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.VisitId;
import org.suaka.platform.office.OfficeId;
import org.suaka.registry.api.ConsentId;
import org.suaka.registry.api.ImportJobId;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PermitId;
import org.suaka.shelter.api.PlacementId;
import org.suaka.shelter.api.ShelterId;

/**
 * The one JSON-B instance of the API, with an adapter per record id type and strict whole numbers.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(
                    new IdAdapter<PersonId>(PersonId::parse) { },
                    new IdAdapter<ConsentId>(ConsentId::parse) { },
                    new IdAdapter<ImportJobId>(ImportJobId::parse) { },
                    new IdAdapter<ShelterId>(ShelterId::parse) { },
                    new IdAdapter<PlacementId>(PlacementId::parse) { },
                    new IdAdapter<PermitId>(PermitId::parse) { },
                    new IdAdapter<OrganisationId>(OrganisationId::parse) { },
                    new IdAdapter<VisitId>(VisitId::parse) { },
                    new IdAdapter<OfficeId>(OfficeId::parse) { })
            .withDeserializers(new WholeNumberDeserializer(), new WholeNumberDeserializer.Longs()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}

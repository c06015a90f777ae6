package org.suaka.registry.internal.application;

import java.util.List;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportMapping;
import org.suaka.registry.api.ImportMappingService;
import org.suaka.registry.internal.domain.SavedMapping;

/** The office's saved column mappings in {@code REG_IMPORT_MAPPING}. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class DefaultImportMappingService implements ImportMappingService {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    OfficeScope offices;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Override
    public List<ImportMapping> mappings() {
        OfficeFilter readable = offices.readable();
        return readable.bind(em.createQuery("select m from SavedMapping m where " + readable.condition("m.office")
                + " order by m.name", SavedMapping.class)).getResultList().stream().map(SavedMapping::toMapping).toList();
    }

    @Audited(write = true)
    @Override
    public ImportMapping save(ImportMapping mapping) {
        Commands.valid(validator, mapping);
        if (!mapping.headers().containsKey(ImportField.GIVEN_NAME)) {
            throw new InvalidFieldException("headers", "Say which column holds the given name");
        }
        OfficeId office = offices.writable();
        String name = mapping.name().strip();
        SavedMapping saved = em.createQuery("select m from SavedMapping m where m.office = :office and m.name = :name",
                SavedMapping.class).setParameter("office", office).setParameter("name", name).getResultStream().findFirst()
                .orElseGet(() -> {
                    SavedMapping created = new SavedMapping(office, name);
                    em.persist(created);
                    return created;
                });
        saved.save(mapping, caller.name().orElseThrow());
        return saved.toMapping();
    }
}

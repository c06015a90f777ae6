package org.suaka.account.internal;

import java.util.Optional;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.account.api.PreferenceService;
import org.suaka.account.api.Preferences;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;

/**
 * Keeps each user's settings under their user name, taken from the caller, never from an argument.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultPreferenceService implements PreferenceService {

    @PersistenceContext(unitName = "account")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditedChanges changes;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> myLanguage() {
        return Optional.ofNullable(em.find(UserPreference.class, me())).map(UserPreference::language);
    }

    @Audited(write = true)
    @Override
    public Preferences chooseMyLanguage(String language) {
        String me = me();
        UserPreference preference = em.find(UserPreference.class, me);
        changes.before(new Preferences(preference == null ? null : preference.language()));
        if (preference == null) {
            em.persist(new UserPreference(me, language));
        } else {
            preference.language(language);
        }
        return new Preferences(language);
    }

    private String me() {
        return caller.name().orElseThrow(() -> new AccessDeniedException("Settings belong to a signed-in user"));
    }
}

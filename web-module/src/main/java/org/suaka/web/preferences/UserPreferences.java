package org.suaka.web.preferences;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reads and stores users' interface language.
 */
@ApplicationScoped
public class UserPreferences {

    /** The languages the interface is written in. */
    public static final Set<String> LANGUAGES = Set.of("id", "en");

    @PersistenceContext(unitName = "web")
    EntityManager em;

    /**
     * @param userName the signed-in user
     * @return the language the user chose last, or empty when they never chose
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Locale> language(String userName) {
        return Optional.ofNullable(em.find(UserPreference.class, userName))
                .map(p -> Locale.forLanguageTag(p.language()));
    }

    /**
     * @param userName the signed-in user
     * @param language {@code id} or {@code en}
     */
    @Transactional
    public void chooseLanguage(String userName, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
        UserPreference preference = em.find(UserPreference.class, userName);
        if (preference == null) {
            em.persist(new UserPreference(userName, language));
        } else {
            preference.language(language);
        }
    }
}

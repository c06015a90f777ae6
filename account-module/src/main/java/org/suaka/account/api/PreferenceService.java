package org.suaka.account.api;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The signed-in user's own settings, which follow them from one browser to another. Each method acts for
 * the caller only: nobody reads or sets another user's settings.
 */
public interface PreferenceService {

    /** The languages the interface is written in: Bahasa Indonesia and English. */
    Set<String> LANGUAGES = Set.of("id", "en");

    /**
     * @return the interface language the caller chose last ({@code id} or {@code en}), or empty when they
     *     never chose
     */
    Optional<String> myLanguage();

    /**
     * @param language {@code id} or {@code en}
     * @return the caller's settings with the new language
     */
    Preferences chooseMyLanguage(@NotNull @Pattern(regexp = "id|en", message = "{org.suaka.language.tag}") String language);
}

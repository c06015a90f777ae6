package org.suaka.web.ui;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.suaka.account.api.PreferenceService;

/**
 * The language of the interface for the signed-in user: the one they chose last (kept per user, so it
 * follows them to another browser), Indonesian otherwise.
 */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Inject
    transient PreferenceService preferences;

    @Inject
    transient SecurityContext security;

    private Locale locale;
    private String localeOf;

    /** @return the interface language of whoever is signed in on this session now */
    public Locale getLocale() {
        String caller = security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
        if (locale == null || !caller.equals(localeOf)) {
            locale = caller.isEmpty() ? INDONESIAN : preferences.myLanguage().map(Locale::forLanguageTag).orElse(INDONESIAN);
            localeOf = caller;
        }
        return locale;
    }

    /** @return the language tag, for the page's {@code lang} attribute */
    public String getTag() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the interface language and remembers the choice for the user.
     *
     * @param tag {@code id} or {@code en}
     * @return to stay on the same page, re-rendered in the new language
     */
    public String choose(String tag) {
        if (!PreferenceService.LANGUAGES.contains(tag)) {
            return null;
        }
        locale = Locale.forLanguageTag(tag);
        if (security.getCallerPrincipal() != null) {
            preferences.chooseMyLanguage(tag);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}

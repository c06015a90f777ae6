package org.suaka.web.ui;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tabs of a person's case file. The page shows one at a time, named by its {@code tab} parameter, and
 * loads only what that tab shows.
 */
public enum PersonTab {
    /** Identity, other spellings, profile, specific needs, placements and offices. */
    IDENTITY,
    /** The family group. */
    FAMILY,
    /** Identity documents with their scans. */
    DOCUMENTS,
    /** UNHCR decisions. */
    UNHCR,
    /** Supervision status history. */
    STATUS,
    /** Monthly self-reports. */
    SELF_REPORTS,
    /** Special refugee ID cards. */
    CARDS,
    /** Consents. */
    CONSENTS,
    /** Referrals to partners. */
    REFERRALS,
    /** Possible duplicates and the records merged into this one. */
    DUPLICATES;

    /**
     * @param slug a tab's name as the URL carries it, e.g. {@code self-reports}; anything else for the first tab
     * @return the tab
     */
    public static PersonTab of(String slug) {
        return Arrays.stream(values()).filter(tab -> tab.slug().equals(slug)).findFirst().orElse(IDENTITY);
    }

    /** @return the tab's name in the URL and in message keys ({@code person.tab.<slug>}) */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param personId the person
     * @return the outcome that shows this tab of the person's page again, after a form on it saved
     */
    public String outcome(String personId) {
        return "/app/person.xhtml?faces-redirect=true&id=" + personId + "&tab=" + slug();
    }
}

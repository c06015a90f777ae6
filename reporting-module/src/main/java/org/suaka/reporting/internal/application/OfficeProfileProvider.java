package org.suaka.reporting.internal.application;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.reporting.spi.OfficeProfile;

/**
 * Reads the office profile from configuration ({@code suaka.office.*}: server variables, environment
 * variables such as {@code SUAKA_OFFICE_NAME}, or system properties), so that a new ministry name or a
 * new head of office needs no rebuild.
 */
@ApplicationScoped
public class OfficeProfileProvider {

    private OfficeProfile profile;

    protected OfficeProfileProvider() {
        // for CDI
    }

    /**
     * @param letterhead the letterhead lines, separated by {@code |}
     * @param officeName the office's name
     * @param address the office's address
     * @param city the place printed before dates
     * @param signatoryTitle the signatory's position
     * @param signatoryName the signatory's name
     * @param signatoryNip the signatory's NIP
     */
    @Inject
    public OfficeProfileProvider(
            @ConfigProperty(name = "suaka.office.letterhead") String letterhead,
            @ConfigProperty(name = "suaka.office.name") String officeName,
            @ConfigProperty(name = "suaka.office.address", defaultValue = "") String address,
            @ConfigProperty(name = "suaka.office.city") String city,
            @ConfigProperty(name = "suaka.office.signatory.title") String signatoryTitle,
            @ConfigProperty(name = "suaka.office.signatory.name") String signatoryName,
            @ConfigProperty(name = "suaka.office.signatory.nip", defaultValue = "") String signatoryNip) {
        this.profile = new OfficeProfile(Arrays.stream(letterhead.split("\\|")).map(String::strip).toList(),
                officeName, address, city, signatoryTitle, signatoryName, signatoryNip);
    }

    /** @return the configured office profile */
    public OfficeProfile profile() {
        return profile;
    }
}

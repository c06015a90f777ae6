package org.suaka.reporting.internal.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.office.api.Signatory;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.reporting.spi.OfficeProfile;
import org.suaka.reporting.spi.Signatories;

/**
 * The office that issues a document: the office of the user who asks for it (Ditjen Imigrasi for a user
 * of the top office), the office a system job acts for, or else the top office. Its letterhead, signatory,
 * number pattern and time zone come from the office directory, so that a new head of office or a new
 * ministry name is a change of data, not of code.
 */
@ApplicationScoped
public class IssuingOffice {

    private OfficeService directory;
    private OfficeScope offices;

    @Inject
    Config config;

    protected IssuingOffice() {
        // for CDI
    }

    /**
     * @param directory the offices there are
     * @param offices the caller's offices
     */
    @Inject
    public IssuingOffice(OfficeService directory, OfficeScope offices) {
        this.directory = directory;
        this.offices = offices;
    }

    /**
     * @return the office that issues the caller's documents
     * @throws org.suaka.platform.office.NoOfficeException when the signed-in user belongs to no office
     */
    public OfficeView current() {
        offices.readable();
        return directory.get(offices.home().or(OfficeSelection::current).orElse(OfficeId.NATIONAL));
    }

    /**
     * @param office an office
     * @return its logo, or null when it has none
     */
    public byte[] logo(OfficeView office) {
        return directory.logo(office.id()).orElse(null);
    }

    /**
     * @param office an office
     * @return how it appears on its documents, signed by its head
     */
    public static OfficeProfile profile(OfficeView office) {
        return profile(office, office.signatory());
    }

    /**
     * @param office the issuing office
     * @param signatoryKey who signs: {@link Signatories#OFFICE}, {@link Signatories#NATIONAL} or a configured key
     * @return how the office appears on the document, with that signatory
     * @throws IllegalArgumentException when no signatory has the key
     */
    public OfficeProfile profile(OfficeView office, String signatoryKey) {
        return profile(office, signatory(signatoryKey, office)
                .orElseThrow(() -> new IllegalArgumentException("No signatory is configured as " + signatoryKey
                        + ": set suaka.signatory." + signatoryKey + ".title, .name and .nip")));
    }

    /**
     * @param signatoryKey a signatory's key
     * @return whether a document can be signed by it
     */
    public boolean knows(String signatoryKey) {
        return Signatories.OFFICE.equals(signatoryKey) || Signatories.NATIONAL.equals(signatoryKey)
                || configured(signatoryKey).isPresent();
    }

    private Optional<Signatory> signatory(String key, OfficeView office) {
        return switch (key) {
            case Signatories.OFFICE -> Optional.of(office.signatory());
            case Signatories.NATIONAL -> Optional.of(directory.get(OfficeId.NATIONAL).signatory());
            default -> configured(key);
        };
    }

    private Optional<Signatory> configured(String key) {
        if (config == null) {
            return Optional.empty();
        }
        String prefix = "suaka.signatory." + key + ".";
        Optional<String> name = config.getOptionalValue(prefix + "name", String.class);
        Optional<String> title = config.getOptionalValue(prefix + "title", String.class);
        return name.isPresent() && title.isPresent()
                ? Optional.of(new Signatory(title.get(), name.get(), config.getOptionalValue(prefix + "nip", String.class)
                        .orElse(null)))
                : Optional.empty();
    }

    private static OfficeProfile profile(OfficeView office, Signatory signatory) {
        return new OfficeProfile(office.letterhead(), office.name(), office.address() == null ? "" : office.address(),
                office.city(), signatory.title(), signatory.name(), signatory.nip() == null ? "" : signatory.nip());
    }
}

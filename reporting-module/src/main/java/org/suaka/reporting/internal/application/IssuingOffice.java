package org.suaka.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.reporting.spi.OfficeProfile;

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
     * @return how it appears on its documents
     */
    public static OfficeProfile profile(OfficeView office) {
        return new OfficeProfile(office.letterhead(), office.name(), office.address() == null ? "" : office.address(),
                office.city(), office.signatory().title(), office.signatory().name(),
                office.signatory().nip() == null ? "" : office.signatory().nip());
    }
}

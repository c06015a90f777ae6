package org.suaka.registry.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.suaka.office.api.Membership;
import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/**
 * The directory of a small installation for tests outside a server: Ditjen Imigrasi, Rudenim Kupang (the
 * first office, as the seed brief describes it) and Rudenim Jakarta. It reads; it changes nothing.
 */
public final class TwoOffices implements OfficeService {

    /** Rudenim Jakarta's id. */
    public static final OfficeId JAKARTA = new OfficeId(java.util.UUID.fromString("00000000-0000-0000-0000-00000000a001"));

    private static final List<String> LETTERHEAD = List.of("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
            "DIREKTORAT JENDERAL IMIGRASI");

    private static final List<OfficeView> OFFICES = List.of(
            new OfficeView(OfficeId.NATIONAL, null, "DJI", "Direktorat Jenderal Imigrasi",
                    "Jl. H.R. Rasuna Said Kav. X-6 No. 8, Kuningan, Jakarta Selatan", "Jakarta", "Asia/Jakarta",
                    LETTERHEAD.subList(0, 1), new Signatory("Direktur Jenderal Imigrasi", "Ridwan Hakim", null),
                    "IMI-{seq4}.GR.01.01/{report}/{romanMonth}/{year}", LocalDate.of(2000, 1, 1), true, 0),
            new OfficeView(OfficeId.FIRST, OfficeId.NATIONAL, "KPG", "Rumah Detensi Imigrasi Kupang",
                    "Kota Kupang, Nusa Tenggara Timur", "Kupang", "Asia/Makassar", LETTERHEAD,
                    new Signatory("Kepala Rumah Detensi Imigrasi Kupang", "Ma'mum", "19700101 199003 1 001"),
                    "W22.RDN.KPG-{seq4}/{report}/{romanMonth}/{year}", LocalDate.of(2016, 1, 1), false, 0),
            new OfficeView(JAKARTA, OfficeId.NATIONAL, "JKT", "Rumah Detensi Imigrasi Jakarta",
                    "Jl. Peta Selatan No. 7, Kalideres, Jakarta Barat", "Jakarta", "Asia/Jakarta", LETTERHEAD,
                    new Signatory("Kepala Rumah Detensi Imigrasi Jakarta", "Ni'matul Hasanah", null),
                    "W9.RDN.JKT-{seq4}/{report}/{romanMonth}/{year}", LocalDate.of(2005, 3, 1), false, 0));

    /**
     * @param office the office a caller works for
     * @return the scope of an officer of that office
     */
    public static OfficeScope officerOf(OfficeId office) {
        return new OfficeScope() {
            @Override
            public OfficeFilter readable() {
                return OfficeFilter.only(office);
            }

            @Override
            public OfficeId writable() {
                return office;
            }

            @Override
            public java.util.Optional<OfficeId> home() {
                return java.util.Optional.of(office);
            }

            @Override
            public java.util.Optional<OfficeId> officeOf(String userName) {
                return java.util.Optional.of(office);
            }
        };
    }

    @Override
    public List<OfficeView> all() {
        return OFFICES;
    }

    @Override
    public Optional<OfficeView> find(OfficeId id) {
        return OFFICES.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public OfficeView mine() {
        return get(OfficeId.FIRST);
    }

    @Override
    public OfficeView create(SaveOffice command) {
        throw new UnsupportedOperationException("the test directory is fixed");
    }

    @Override
    public OfficeView update(OfficeId id, SaveOffice command) {
        throw new UnsupportedOperationException("the test directory is fixed");
    }

    @Override
    public List<Membership> members(OfficeId office) {
        return List.of();
    }

    /** @return Kupang's logo, a small PNG drawn here; the other offices have none */
    @Override
    public Optional<byte[]> logo(OfficeId id) {
        if (!OfficeId.FIRST.equals(id)) {
            return Optional.empty();
        }
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(48, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = image.createGraphics();
        pen.setColor(new java.awt.Color(0x0b4f8a));
        pen.fillOval(4, 4, 40, 40);
        pen.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.of(png.toByteArray());
    }

    @Override
    public void setLogo(OfficeId id, byte[] image) {
        throw new UnsupportedOperationException("the test directory is fixed");
    }

    @Override
    public Membership assign(OfficeId office, String userName) {
        throw new UnsupportedOperationException("the test directory is fixed");
    }
}

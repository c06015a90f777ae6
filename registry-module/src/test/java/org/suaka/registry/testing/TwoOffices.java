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
 * first office) and Rudenim Jakarta. It reads; it changes nothing.
 */
public final class TwoOffices implements OfficeService {

    /** Rudenim Jakarta's id. */
    public static final OfficeId JAKARTA = new OfficeId(java.util.UUID.fromString("00000000-0000-0000-0000-00000000a001"));

    private static final List<OfficeView> OFFICES = List.of(
            office(OfficeId.NATIONAL, null, "DJI", "Direktorat Jenderal Imigrasi", "Jakarta"),
            office(OfficeId.FIRST, OfficeId.NATIONAL, "KPG", "Rumah Detensi Imigrasi Kupang", "Kupang"),
            office(JAKARTA, OfficeId.NATIONAL, "JKT", "Rumah Detensi Imigrasi Jakarta", "Jakarta"));

    private static OfficeView office(OfficeId id, OfficeId parent, String code, String name, String city) {
        return new OfficeView(id, parent, code, name, null, city, "Asia/Jakarta", List.of("DIREKTORAT JENDERAL IMIGRASI"),
                new Signatory("Kepala", "Ma'mum", null), code + "-{seq4}/{year}", LocalDate.of(2000, 1, 1),
                parent == null, 0);
    }

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

    @Override
    public Membership assign(OfficeId office, String userName) {
        throw new UnsupportedOperationException("the test directory is fixed");
    }
}

package org.suaka.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.ThreadBound;
import org.suaka.platform.office.NoOfficeException;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeSelection;
import org.suaka.platform.testing.InMemoryPersistence;

/**
 * Who reads and writes which office, from the offices and memberships in a real database.
 */
class CallerOfficeScopeTest {

    private final InMemoryPersistence db = new InMemoryPersistence("office", OfficeSchemaMigration.CHANGELOG);
    private final OfficeId jakarta = OfficeId.random();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private void seed(boolean withJakarta) {
        db.run(em -> {
            em.persist(new Office(OfficeId.NATIONAL, office(null, "DJI")));
            em.flush();
            em.persist(new Office(OfficeId.FIRST, office(OfficeId.NATIONAL, "KPG")));
            if (withJakarta) {
                em.persist(new Office(jakarta, office(OfficeId.NATIONAL, "JKT")));
            }
            em.flush();
            if (withJakarta) {
                em.persist(new OfficeMember("officer-jakarta", jakarta));
            }
            em.persist(new OfficeMember("ditjen", OfficeId.NATIONAL));
        });
    }

    private static SaveOffice office(OfficeId parent, String code) {
        return new SaveOffice(parent, code, "Kantor " + code, null, "Kupang", "Asia/Makassar",
                List.of("DIREKTORAT JENDERAL IMIGRASI"), new Signatory("Kepala", "Ma'mum", null), code + "-{seq4}",
                LocalDate.of(2000, 1, 1), null);
    }

    private CallerOfficeScope as(String user) {
        return new CallerOfficeScope(new OfficeMemberships(db.entityManager()), signedIn(user));
    }

    @Test
    void anOfficerReadsAndWritesTheirOwnOfficeOnlyWhateverTheyPick() {
        seed(true);
        CallerOfficeScope scope = as("officer-jakarta");

        try (ThreadBound.Scope picked = OfficeSelection.bind(OfficeId.FIRST)) {
            assertEquals(Optional.of(jakarta), scope.readable().office());
            assertEquals(jakarta, scope.writable());
        }
    }

    @Test
    void ditjenReadsEveryOfficeOrThePickedOneAndWritesNone() {
        seed(true);
        CallerOfficeScope scope = as("ditjen");

        assertEquals(Optional.empty(), scope.readable().office());
        try (ThreadBound.Scope picked = OfficeSelection.bind(jakarta)) {
            assertEquals(Optional.of(jakarta), scope.readable().office());
        }
        assertThrows(AccessDeniedException.class, scope::writable);
    }

    @Test
    void aUserOfNoOfficeWorksForTheOnlyRudenimAndIsRefusedOnceThereAreTwo() {
        seed(false);
        assertEquals(OfficeFilter.only(OfficeId.FIRST).office(), as("petugas.kupang").readable().office());

        db.run(em -> em.persist(new Office(OfficeId.random(), office(OfficeId.NATIONAL, "MDN"))));

        assertThrows(NoOfficeException.class, () -> as("petugas.baru").readable());
        assertThrows(NoOfficeException.class, () -> as("petugas.baru").writable());
    }

    @Test
    void aSystemJobReadsEveryOfficeAndWritesForTheOfficeItActsFor() {
        seed(true);
        CallerOfficeScope scope = as(null);

        SystemIdentity.runAs("demo-data", () -> {
            assertEquals(Optional.empty(), scope.readable().office());
            assertEquals(OfficeId.FIRST, scope.writable());
            try (ThreadBound.Scope actingFor = OfficeSelection.bind(jakarta)) {
                assertEquals(jakarta, scope.writable());
            }
            return null;
        });
    }

    /** The caller: a signed-in user, or a system job when the name is null. */
    private static Caller signedIn(String user) {
        return new Caller() {
            @Override
            public Optional<String> name() {
                return user == null ? SystemIdentity.current() : Optional.of(user);
            }

            @Override
            public boolean isUser() {
                return user != null;
            }
        };
    }
}

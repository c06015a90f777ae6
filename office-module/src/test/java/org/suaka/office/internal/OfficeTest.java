package org.suaka.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suaka.office.api.OfficeView;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.api.StaleVersionException;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;

class OfficeTest {

    static SaveOffice jakarta(Long version) {
        return new SaveOffice(OfficeId.NATIONAL, "JKT", "Rumah Detensi Imigrasi Jakarta",
                "Jl. Peta Selatan No. 7, Kalideres, Jakarta Barat", "Jakarta", "Asia/Jakarta",
                List.of("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL IMIGRASI"),
                new Signatory("Kepala Rumah Detensi Imigrasi Jakarta", "Ni'matul Hasanah", null),
                "W9.RDN.JKT-{seq4}/{report}/{romanMonth}/{year}", LocalDate.of(2005, 3, 1), version);
    }

    @Test
    void anOfficeKeepsItsLetterheadLinesAndSignatoryThroughTheDatabase() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("office", OfficeSchemaMigration.CHANGELOG)) {
            OfficeId id = OfficeId.random();
            db.run(em -> {
                em.persist(new Office(OfficeId.NATIONAL, new SaveOffice(null, "DJI", "Direktorat Jenderal Imigrasi",
                        null, "Jakarta", "Asia/Jakarta", List.of("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN"),
                        new Signatory("Direktur Jenderal Imigrasi", "Direktur Jenderal Imigrasi", null),
                        "IMI-{seq4}/{year}", LocalDate.of(2000, 1, 1), null)));
                em.flush();
                em.persist(new Office(id, jakarta(null)));
            });
            OfficeView read = db.inTransaction(em -> em.find(Office.class, id.toString()).toView());

            assertEquals(2, read.letterhead().size());
            assertEquals("Ni'matul Hasanah", read.signatory().name());
            assertEquals(OfficeId.NATIONAL, read.parent());
            assertTrue(!read.national());
            boolean national = db.inTransaction(em -> em.find(Office.class, OfficeId.NATIONAL.toString()).toView().national());
            assertTrue(national);
            assertThrows(StaleVersionException.class, () -> db.run(em -> em.find(Office.class, id.toString())
                    .correct(jakarta(read.version() + 1))));
        }
    }
}

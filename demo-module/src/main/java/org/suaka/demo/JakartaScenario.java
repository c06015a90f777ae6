package org.suaka.demo;

import java.time.LocalDate;
import java.util.List;

import org.suaka.office.api.OfficeView;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.office.OfficeId;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.shelter.api.CreateShelter;

/**
 * A second, small office beside Kupang, so that the separation of offices can be seen: Rudenim Jakarta
 * with one community house and seven persons (two families and single persons from Somalia, Afghanistan,
 * Myanmar and Yemen), one partner and one visit.
 */
final class JakartaScenario {

    static final SaveOffice OFFICE = new SaveOffice(OfficeId.NATIONAL, "JKT", "Rumah Detensi Imigrasi Jakarta",
            "Jl. Peta Selatan No. 7, Kalideres, Jakarta Barat", "Jakarta", "Asia/Jakarta",
            List.of("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL IMIGRASI"),
            new Signatory("Kepala Rumah Detensi Imigrasi Jakarta", "Ni'matul Hasanah", "19780312 200212 2 001"),
            "W9.RDN.JKT-{seq4}/{report}/{romanMonth}/{year}", LocalDate.of(2005, 3, 1), null);

    static final CreateShelter SHELTER = CreateShelter.of("Wisma Kalideres",
            "Jl. Semanan Raya No. 21, Kalideres, Jakarta Barat", "Jakarta", 20);

    static final List<RegisterPerson> PERSONS = List.of(
            person("Abdirahman", "Warsame", Sex.MALE, 1984, "SOM", "386-22C00101", 2019),
            person("Hodan", "Warsame", Sex.FEMALE, 1989, "SOM", "386-22C00101", 2019),
            person("Ayaan", "Warsame", Sex.FEMALE, 2012, "SOM", "386-22C00101", 2019),
            person("Samira", "Rahimi", Sex.FEMALE, 1996, "AFG", "386-22C00117", 2021),
            person("Ali Reza", "Nazari", Sex.MALE, 1993, "AFG", "386-22C00123", 2022),
            person("Nur Kalima", null, Sex.FEMALE, 2001, "MMR", "386-22C00131", 2023),
            person("Mohammed", "Al-Haddad", Sex.MALE, 1990, "YEM", "386-22C00142", 2024));

    /** The synthetic Director General who signs Ditjen's demo documents. */
    static final Signatory DIRECTOR_GENERAL = new Signatory("Direktur Jenderal Imigrasi", "Ridwan Hakim Siregar",
            "19690505 199103 1 002");

    private JakartaScenario() {
    }

    /**
     * @param office an office as it is
     * @param signatory who signs its documents from now on
     * @return all its facts, with the new signatory, for a correction
     */
    static SaveOffice withSignatory(OfficeView office, Signatory signatory) {
        return new SaveOffice(office.parent(), office.code(), office.name(), office.address(), office.city(),
                office.timeZone(), office.letterhead(), signatory, office.documentNumberPattern(), office.established(),
                office.version());
    }

    private static RegisterPerson person(String given, String family, Sex sex, int born, String nationality,
            String unhcrCase, int arrived) {
        return new RegisterPerson(given, family, sex, LocalDate.of(born, 6, 1), nationality, null, unhcrCase,
                LocalDate.of(arrived, 3, 4));
    }
}

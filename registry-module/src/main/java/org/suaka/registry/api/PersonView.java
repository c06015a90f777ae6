package org.suaka.registry.api;

import java.time.LocalDate;
import java.util.Set;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.audit.PersonalData;
import org.suaka.platform.office.OfficeId;

/**
 * A registered person as other modules and the web layer see them.
 *
 * @param id the person's id
 * @param givenName the given name
 * @param familyName the family name, possibly empty
 * @param sex the recorded sex
 * @param dateOfBirth the date of birth
 * @param nationality the ISO 3166-1 alpha-3 code
 * @param unhcrNumber the UNHCR individual number, or null
 * @param unhcrCaseNumber the UNHCR case number, or null
 * @param unhcrStatus the UNHCR status today, or null while none was recorded
 * @param supervisedFrom the first day of supervision
 * @param supervisedUntil the day supervision ended, or null while it goes on
 * @param status where the person is under supervision today ({@link PersonService#statusHistory} has the past)
 * @param office the office that supervises the person
 * @param version the optimistic-lock version, to send back with an update
 */
public record PersonView(
        PersonId id,
        @PersonalData String givenName,
        @PersonalData String familyName,
        Sex sex,
        @PersonalData LocalDate dateOfBirth,
        String nationality,
        @PersonalData String unhcrNumber,
        @PersonalData String unhcrCaseNumber,
        UnhcrStatus unhcrStatus,
        LocalDate supervisedFrom,
        LocalDate supervisedUntil,
        SupervisionStatus status,
        OfficeId office,
        long version) {

    /**
     * @param visible the data categories the caller may see, as {@link AccessScope#visibleToCaller()} says
     * @return this view with the fields of categories the caller may not see left empty
     */
    public PersonView visibleIn(Set<DataCategory> visible) {
        if (visible.containsAll(Set.of(DataCategory.IDENTITY, DataCategory.FAMILY, DataCategory.SUPERVISION))) {
            return this;
        }
        boolean identity = visible.contains(DataCategory.IDENTITY);
        boolean family = visible.contains(DataCategory.FAMILY);
        boolean supervision = visible.contains(DataCategory.SUPERVISION);
        return new PersonView(id, identity ? givenName : null, identity ? familyName : null, identity ? sex : null,
                identity ? dateOfBirth : null, identity ? nationality : null, identity ? unhcrNumber : null,
                family ? unhcrCaseNumber : null, identity ? unhcrStatus : null, supervision ? supervisedFrom : null,
                supervision ? supervisedUntil : null, supervision ? status : null, office, version);
    }

    /** @return the name as it is printed on reports: given name, then family name when there is one */
    public String fullName() {
        if (givenName == null) {
            return "";
        }
        return familyName == null || familyName.isBlank() ? givenName : givenName + " " + familyName;
    }
}

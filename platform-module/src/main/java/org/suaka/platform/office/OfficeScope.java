package org.suaka.platform.office;

import java.util.Optional;

/**
 * Which offices the current caller works with. An officer reads and writes the records of their own
 * office; a user of the top office (Ditjen Imigrasi) reads every office, or the one they picked, and
 * writes none; a system job reads every office and writes for the office it acts for. The office module
 * implements it; every module that keeps records asks it for every query and every new record.
 */
public interface OfficeScope {

    /**
     * @return the offices whose records the caller may read
     * @throws NoOfficeException when the signed-in user belongs to no office
     */
    OfficeFilter readable();

    /**
     * @return the office a record the caller creates or changes belongs to
     * @throws NoOfficeException when the signed-in user belongs to no office
     * @throws org.suaka.platform.api.AccessDeniedException when the caller reads only (the top office)
     */
    OfficeId writable();

    /**
     * @return the office the signed-in user works for; empty for a system job and for a user assigned to
     *     no office
     */
    Optional<OfficeId> home();

    /**
     * @param userName a user's name, signed in or not (a failed sign-in names one)
     * @return the office the user works for, or empty when they are assigned to none
     */
    Optional<OfficeId> officeOf(String userName);

    /**
     * @param record a record just read by its id
     * @return whether the caller may see it; a record of another office is as good as absent
     */
    default boolean mayRead(OfficeRecord record) {
        return readable().includes(record.office());
    }

    /**
     * @param record a record about to be changed
     * @return whether the caller may change it
     */
    default boolean mayWrite(OfficeRecord record) {
        return writable().equals(record.office());
    }

    /** A scope for tests and tools outside a server: reads every office, writes for the first. */
    OfficeScope SINGLE_OFFICE = new OfficeScope() {
        @Override
        public OfficeFilter readable() {
            return OfficeFilter.everyOffice();
        }

        @Override
        public OfficeId writable() {
            return OfficeId.FIRST;
        }

        @Override
        public Optional<OfficeId> home() {
            return Optional.of(OfficeId.FIRST);
        }

        @Override
        public Optional<OfficeId> officeOf(String userName) {
            return Optional.of(OfficeId.FIRST);
        }
    };
}

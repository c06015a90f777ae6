package org.suaka.platform.office;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Query;

/**
 * The offices whose records a query may return: one office, or every office for a national reader. A
 * repository puts {@link #condition(String)} into its query's WHERE clause and {@link #bind(Query)}s the
 * query, so that the same rule reaches every query the same way.
 */
public final class OfficeFilter {

    private static final String PARAMETER = "scopeOffice";
    private static final OfficeFilter EVERY_OFFICE = new OfficeFilter(null);

    private final OfficeId office;

    private OfficeFilter(OfficeId office) {
        this.office = office;
    }

    /** @return the filter of a national reader: every office */
    public static OfficeFilter everyOffice() {
        return EVERY_OFFICE;
    }

    /**
     * @param office the one office whose records may be returned
     * @return its filter
     */
    public static OfficeFilter only(OfficeId office) {
        return new OfficeFilter(Objects.requireNonNull(office, "office"));
    }

    /** @return the one office, or empty for every office */
    public Optional<OfficeId> office() {
        return Optional.ofNullable(office);
    }

    /**
     * @param candidate an office
     * @return whether its records may be returned
     */
    public boolean includes(OfficeId candidate) {
        return office == null || office.equals(candidate);
    }

    /**
     * @param officePath the JPQL path of the office attribute, e.g. {@code p.office}
     * @return the condition for a WHERE clause; always true for every office
     */
    public String condition(String officePath) {
        return office == null ? "1 = 1" : officePath + " = :" + PARAMETER;
    }

    /**
     * @param query a query whose text holds {@link #condition(String)}
     * @param <Q> the kind of query
     * @return the query, with the office bound where the condition names one
     */
    public <Q extends Query> Q bind(Q query) {
        if (office != null) {
            query.setParameter(PARAMETER, office);
        }
        return query;
    }

    @Override
    public String toString() {
        return office == null ? "every office" : "office " + office;
    }
}

package org.suaka.platform.persistence;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the modules' start-up migrations brought the database to: the changelogs applied and the number of
 * change sets the database recorded after the last of them. The readiness check compares the database
 * with it, so a database that lost its schema (or was swapped for an older one) shows as not ready.
 * Shared by every module of the application through the kernel library.
 */
public final class AppliedSchema {

    /** The query that counts the change sets a database has recorded. */
    public static final String COUNT_QUERY = "SELECT COUNT(*) FROM DATABASECHANGELOG";

    private static final Set<String> CHANGELOGS = new ConcurrentSkipListSet<>();
    private static final AtomicLong CHANGE_SETS = new AtomicLong();

    private AppliedSchema() {
    }

    static void record(String changelog, long changeSetsInDatabase) {
        CHANGELOGS.add(changelog);
        CHANGE_SETS.accumulateAndGet(changeSetsInDatabase, Math::max);
    }

    /** @return the changelogs applied since the application started */
    public static Set<String> changelogs() {
        return Set.copyOf(CHANGELOGS);
    }

    /** @return the least number of change sets the database must have recorded */
    public static long changeSets() {
        return CHANGE_SETS.get();
    }
}

package org.suaka.platform.access;

import java.util.Set;

/**
 * What the current caller may see of personal data.
 */
@FunctionalInterface
public interface AccessScope {

    /**
     * @return the categories the caller may see; every category for office staff, the categories
     *     granted to the caller's organisation today for partner staff, none for an unknown partner user
     */
    Set<DataCategory> visibleToCaller();

    /**
     * @param category a category of data
     * @return whether the caller may see it
     */
    default boolean allows(DataCategory category) {
        return visibleToCaller().contains(category);
    }

    /** A scope that shows everything, for office staff and for tests. */
    AccessScope EVERYTHING = () -> Set.of(DataCategory.values());
}

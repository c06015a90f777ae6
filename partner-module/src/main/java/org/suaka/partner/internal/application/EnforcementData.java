package org.suaka.partner.internal.application;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.suaka.platform.access.DataCategory;
import org.suaka.platform.api.BusinessRuleException;

/** The categories of personal data no partner is ever granted: they serve the office's enforcement. */
final class EnforcementData {

    private static final Set<DataCategory> NEVER_SHARED =
            EnumSet.of(DataCategory.INCIDENT, DataCategory.EXIT_PERMIT, DataCategory.ENFORCEMENT);

    private EnforcementData() {
    }

    /**
     * @param categories categories a partner is to be granted
     * @throws BusinessRuleException ({@code enforcement-data-not-shared}) when one of them is enforcement data
     */
    static void requireNoneOf(Collection<DataCategory> categories) {
        for (DataCategory category : categories) {
            if (NEVER_SHARED.contains(category)) {
                throw new BusinessRuleException("enforcement-data-not-shared",
                        category + " is enforcement data and is never shared with a partner");
            }
        }
    }
}

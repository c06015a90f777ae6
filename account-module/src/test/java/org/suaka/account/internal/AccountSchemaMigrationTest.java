package org.suaka.account.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.suaka.platform.testing.InMemoryPersistence;

class AccountSchemaMigrationTest {

    @Test
    void theLanguagesChosenBeforeThisModuleAreCarriedOver() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("account",
                "org/suaka/web/db/changelog.xml", AccountSchemaMigration.CHANGELOG)) {
            assertEquals("en", db.inTransaction(em -> em.find(UserPreference.class, "officer").language()));
            assertEquals("id", db.inTransaction(em -> em.find(UserPreference.class, "ina.boi").language()));
        }
    }

    @Test
    void aNewInstallationStartsEmpty() throws Exception {
        try (InMemoryPersistence db = new InMemoryPersistence("account", AccountSchemaMigration.CHANGELOG)) {
            assertEquals(0L, (long) db.inTransaction(em -> em.createQuery("select count(p) from UserPreference p",
                    Long.class).getSingleResult()));
        }
    }
}

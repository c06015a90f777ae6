package org.suaka.platform.testing;

import java.util.Optional;
import java.util.Set;

import org.suaka.platform.access.Caller;

/** A signed-in user with roles, for services that ask {@link Caller} outside a container. */
public final class Callers {

    private Callers() {
    }

    /**
     * @param user the user's name
     * @param roles the roles they have
     * @return the caller
     */
    public static Caller user(String user, String... roles) {
        Set<String> held = Set.of(roles);
        return new Caller() {
            @Override
            public Optional<String> name() {
                return Optional.of(user);
            }

            @Override
            public boolean isUser() {
                return true;
            }

            @Override
            public boolean isInRole(String role) {
                return held.contains(role);
            }
        };
    }
}

package org.suaka.platform.access;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is calling: the signed-in user, or the system job this thread runs. Services, the audit recorder
 * and the record stamps ask here, so that "who" means the same everywhere.
 */
@ApplicationScoped
public class Caller {

    private SecurityContext security;

    /** For CDI's proxy. */
    protected Caller() {
    }

    /**
     * @param security the container's view of the signed-in user
     */
    @Inject
    public Caller(SecurityContext security) {
        this.security = security;
    }

    /** @return the signed-in user's name, else the running system job's {@code system:<name>}, else empty */
    public Optional<String> name() {
        Principal principal = principal();
        if (principal != null && principal.getName() != null && !"UNAUTHENTICATED".equals(principal.getName())) {
            return Optional.of(principal.getName());
        }
        return SystemIdentity.current();
    }

    /** @return whether a user is signed in (a system job is not a user) */
    public boolean isUser() {
        Principal principal = principal();
        return principal != null && !"UNAUTHENTICATED".equals(principal.getName());
    }

    /**
     * @return the container's caller, or null where the container has none to give: Payara refuses to
     *     name a caller while a start-up singleton initialises (Open Liberty answers "unauthenticated")
     */
    private Principal principal() {
        try {
            return security.getCallerPrincipal();
        } catch (IllegalStateException noCallerHere) {
            return null;
        }
    }

    /**
     * @param role a role name
     * @return whether the signed-in user has the role
     */
    public boolean isInRole(String role) {
        if (!isUser()) {
            return false;
        }
        return CallerRoles.current().map(roles -> roles.contains(role))
                .orElseGet(() -> security.isCallerInRole(role));
    }
}

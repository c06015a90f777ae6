package org.suaka.web.ui;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.suaka.platform.access.Roles;


/**
 * Who is signed in, for the header and for showing each navigation entry to the roles it serves.
 */
@Named("user")
@RequestScoped
public class UserView {

    private static final List<String> ROLES_BY_RANK = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER,
            Roles.PARTNER);

    @Inject
    SecurityContext security;

    @Inject
    OfficeBar office;

    /** @return the user name, or an empty string before sign-in */
    public String getName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    /** @return the user's highest role, e.g. {@code OFFICER} */
    public String getRole() {
        return ROLES_BY_RANK.stream().filter(security::isCallerInRole).findFirst().orElse("");
    }

    /**
     * @param roles role names separated by commas
     * @return whether the user has one of them
     */
    public boolean in(String roles) {
        for (String role : roles.split(",")) {
            if (security.isCallerInRole(role.strip())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the user may change records: a writing role, and not a user of the top office */
    public boolean isWriter() {
        return in(Roles.ADMIN + "," + Roles.SUPERVISOR + "," + Roles.OFFICER) && !office.isNational();
    }
}

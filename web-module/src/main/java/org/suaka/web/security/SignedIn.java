package org.suaka.web.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/**
 * The user signed in to a staff session, kept in the HTTP session and nowhere else: ending the session
 * ends the sign-in, so a saved session cookie opens nothing after sign-out. It holds what the user
 * registry said when the password was checked (realm and groups), so that later requests of the session
 * get the same roles without the password.
 * <p>
 * Open Liberty puts that answer on the caller's subject as a private credential map under its documented
 * hashtable-login keys ({@value #LIBERTY_REALM}, {@value #LIBERTY_GROUPS}); reading them is one of
 * Suaka's Liberty-only dependencies (see README, Configuration). A subject without them yields no groups, so the
 * session then opens nothing rather than too much.
 *
 * @param name the user name the user registry knows
 * @param realm the registry's realm
 * @param groups the user's groups in the registry at sign-in
 */
record SignedIn(String name, String realm, Set<String> groups) implements Serializable {

    /** The session attribute that holds it. */
    static final String ATTRIBUTE = SignedIn.class.getName();

    static final String LIBERTY_REALM = "com.ibm.wsspi.security.cred.realm";
    static final String LIBERTY_GROUPS = "com.ibm.wsspi.security.cred.groups";

    SignedIn {
        groups = Set.copyOf(groups);
    }

    /**
     * @param name the user name whose password was just checked
     * @param subject the caller's subject after the check
     * @return the sign-in to keep in the session
     */
    static SignedIn of(String name, Subject subject) {
        String realm = null;
        Set<String> groups = new TreeSet<>();
        for (Object credential : subject.getPrivateCredentials()) {
            if (credential instanceof Map<?, ?> map) {
                realm = map.get(LIBERTY_REALM) instanceof String named ? named : realm;
                if (map.get(LIBERTY_GROUPS) instanceof Collection<?> names) {
                    names.forEach(group -> groups.add(group.toString()));
                }
            }
        }
        return new SignedIn(name, realm, groups);
    }

    /** @return the registry's answer again, to name the caller to the container */
    CredentialValidationResult asValidationResult() {
        return new CredentialValidationResult(realm, new CallerPrincipal(name), null, name, groups);
    }
}

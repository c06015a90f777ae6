package org.suaka.web.ui;

import java.io.IOException;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.suaka.platform.access.Roles;
import org.suaka.web.security.SignInTrail;
import org.suaka.web.security.SuakaAuthenticationMechanism;
import org.suaka.web.security.SuakaAuthenticationMechanism.Refusal;

/**
 * The login page and sign-out. The typed credentials go to Suaka's authentication mechanism, which checks
 * them, throttles guessing and records the attempt; this page only says what happened.
 */
@Named("login")
@RequestScoped
public class LoginView {

    private static final String HOME = "/app/dashboard.xhtml";
    private static final String PORTAL_HOME = "/portal/referrals.xhtml";

    @Inject
    SecurityContext security;

    @Inject
    SignInTrail trail;

    private String username;
    private String password;

    /**
     * Signs in with the typed name and password; on success the dashboard opens (the portal for partner
     * staff), otherwise the page says why.
     *
     * @throws IOException when the redirect fails
     * @throws ServletException when the container cannot sign out a user who may not use the pages
     */
    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        UsernamePasswordCredential typed = new UsernamePasswordCredential(username == null ? "" : username.strip(),
                new Password(password == null ? "" : password));
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(typed).newAuthentication(true));
        boolean partner = request.isUserInRole(Roles.PARTNER);
        if (status == AuthenticationStatus.SUCCESS && !isStaff(request) && !partner) {
            request.logout();
            external.invalidateSession();
            Messages.error(null, Messages.text("login.notStaff"));
            return;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + (isStaff(request) ? HOME : PORTAL_HOME));
            faces.responseComplete();
            return;
        }
        Refusal refusal = (Refusal) request.getAttribute(SuakaAuthenticationMechanism.REFUSAL);
        Messages.error(null, refusal != null && refusal.throttled()
                ? Messages.text("login.throttled", refusal.seconds())
                : Messages.text("login.failed"));
    }

    /** The staff pages are for the office's own roles; partner staff have the portal. */
    private static boolean isStaff(HttpServletRequest request) {
        return Stream.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER).anyMatch(request::isUserInRole);
    }

    /**
     * Ends the session and returns to the login page.
     *
     * @throws IOException when the redirect fails
     * @throws ServletException when the container cannot log out
     */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            trail.record(request, request.getUserPrincipal().getName(), "SIGN_OUT", "OK");
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** @return the user name typed */
    public String getUsername() {
        return username;
    }

    /** @param username the user name typed */
    public void setUsername(String username) {
        this.username = username;
    }

    /** @return the password typed */
    public String getPassword() {
        return password;
    }

    /** @param password the password typed */
    public void setPassword(String password) {
        this.password = password;
    }
}

package org.suaka.web.ui;

import java.io.IOException;
import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.audit.AuditLog;
import org.suaka.platform.audit.CallOrigin;

/**
 * The login page and sign-out. Each sign-in (successful, failed or throttled) and sign-out is put on the
 * audit trail; a successful sign-in gets a new session id.
 */
@Named("login")
@RequestScoped
public class LoginView {

    private static final String HOME = "/app/dashboard.xhtml";

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private String username;
    private String password;

    /**
     * Checks the credentials against the server's user registry; on success the container keeps the
     * sign-in in its single-sign-on cookie and the dashboard opens, otherwise the page says why.
     *
     * @throws IOException when the redirect fails
     */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip();
        if (!throttle.allows(name)) {
            record(name, "SIGN_IN", "THROTTLED");
            Messages.error(null, Messages.text("login.throttled"));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password == null ? "" : password);
        } catch (ServletException e) {
            throttle.failed(name);
            record(name, "SIGN_IN", "FAILED");
            Messages.error(null, Messages.text("login.failed"));
            return;
        }
        throttle.succeeded(name);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        record(name, "SIGN_IN", "OK");
        external.redirect(external.getRequestContextPath() + HOME);
        faces.responseComplete();
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
            record(request.getUserPrincipal().getName(), "SIGN_OUT", "OK");
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private void record(String userName, String operation, String outcome) {
        audit.append(new AuditEvent(clock.instant(), userName.isEmpty() ? "anonymous" : userName, operation,
                "user", userName, outcome, null, CallOrigin.current()));
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

package org.suaka.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.suaka.web.rest.problem.Problem;

/**
 * The one way into Suaka. The staff pages sign in through the login form (which hands the typed
 * credentials to {@code SecurityContext.authenticate}) and stay signed in for the HTTP session; API
 * clients send HTTP Basic credentials with every request and get no cookie back. Both are checked against
 * the server's user registry and go through the same {@link SignInThrottle}; every failed or throttled
 * attempt, and every form sign-in, is put on the audit trail.
 * <p>
 * The staff session also opens the API for reading (GET), so that an administrator's browser can download
 * an export; it never opens the API for writing, which takes Basic credentials.
 */
@ApplicationScoped
public class SuakaAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** What the outcome of a form sign-in was, for the login page: a {@link Refusal}. */
    public static final String REFUSAL = SuakaAuthenticationMechanism.class.getName() + ".refusal";

    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String CHALLENGE = "Basic realm=\"Suaka\", charset=\"UTF-8\"";

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInTrail trail;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential typed) {
            return signInWithForm(typed, request, context);
        }
        Optional<BasicCredentials> basic;
        try {
            basic = api ? BasicCredentials.of(request.getHeader("Authorization")) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return challenge(response, context);
        }
        if (basic.isPresent()) {
            return signInWithBasic(basic.get(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn != null && (!api || isRead(request))) {
            return context.notifyContainerAboutLogin(signedIn.asValidationResult());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return api ? challenge(response, context) : context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus signInWithForm(UsernamePasswordCredential typed, HttpServletRequest request,
            HttpMessageContext context) throws AuthenticationException {
        String name = typed.getCaller() == null ? "" : typed.getCaller().strip();
        Optional<Duration> wait = throttle.retryAfter(name, request.getRemoteAddr());
        if (wait.isPresent()) {
            trail.record(request, name, "SIGN_IN", "THROTTLED");
            request.setAttribute(REFUSAL, new Refusal(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!passwordMatches(name, typed.getPasswordAsString(), context)) {
            throttle.failed(name, request.getRemoteAddr());
            trail.record(request, name, "SIGN_IN", "FAILED");
            request.setAttribute(REFUSAL, new Refusal(Duration.ZERO));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(name, request.getRemoteAddr());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedIn.ATTRIBUTE,
                SignedIn.of(name, context.getClientSubject()));
        trail.record(request, name, "SIGN_IN", "OK");
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus signInWithBasic(BasicCredentials basic, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) throws AuthenticationException {
        Optional<Duration> wait = throttle.retryAfter(basic.name(), request.getRemoteAddr());
        if (wait.isPresent()) {
            trail.record(request, basic.name(), "SIGN_IN", "THROTTLED");
            return tooManyAttempts(wait.get(), response);
        }
        if (!passwordMatches(basic.name(), basic.password(), context)) {
            throttle.failed(basic.name(), request.getRemoteAddr());
            trail.record(request, basic.name(), "SIGN_IN", "FAILED");
            return challenge(response, context);
        }
        throttle.succeeded(basic.name(), request.getRemoteAddr());
        return AuthenticationStatus.SUCCESS;
    }

    /**
     * Checks the password against the server's user registry (basic registry or LDAP); when it matches,
     * the container knows the caller and their groups.
     */
    private static boolean passwordMatches(String name, String password, HttpMessageContext context)
            throws AuthenticationException {
        if (name.isEmpty() || password == null) {
            return false;
        }
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), name,
                password.toCharArray());
        handle(check, context);
        return check.getResult();
    }

    private static void handle(Callback callback, HttpMessageContext context) throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {callback});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus tooManyAttempts(Duration wait, HttpServletResponse response)
            throws AuthenticationException {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Refusal.seconds(wait)));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", Problem.typeOf("too-many-sign-in-attempts").toString())
                    .add("title", "Too many failed sign-ins")
                    .add("status", 429)
                    .add("detail", "Try again in " + Refusal.seconds(wait) + " seconds.")
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Why a form sign-in was refused.
     *
     * @param retryAfter how long to wait before trying again; zero when the name or password was wrong
     */
    public record Refusal(Duration retryAfter) {

        /** @return whether the attempt was refused by the throttle, not checked */
        public boolean throttled() {
            return !retryAfter.isZero();
        }

        /** @return the wait in whole seconds, rounded up */
        public long seconds() {
            return seconds(retryAfter);
        }

        static long seconds(Duration wait) {
            return wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        }
    }
}

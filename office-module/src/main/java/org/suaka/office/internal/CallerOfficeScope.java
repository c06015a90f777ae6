package org.suaka.office.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.access.Caller;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.office.NoOfficeException;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.office.OfficeSelection;

/**
 * The caller's offices. A user works for the office they are assigned to; while the installation has one
 * Rudenim only, a user assigned to none works for it, so that an installation made before offices were
 * data keeps working as it did. A user of the top office reads every office, or the one they picked
 * ({@link OfficeSelection}), and writes none. A system job reads every office and writes for the office
 * it acts for, the first office unless it says otherwise. Memberships are remembered for half a minute,
 * so that a change made on another node takes effect soon without a query on every call.
 */
@ApplicationScoped
public class CallerOfficeScope implements OfficeScope {

    private static final Duration REMEMBERED = Duration.ofSeconds(30);

    private OfficeMemberships memberships;
    private Caller caller;

    private final Map<String, Remembered> homes = new ConcurrentHashMap<>();

    /** For CDI's proxy. */
    protected CallerOfficeScope() {
    }

    /**
     * @param memberships where users' offices are kept
     * @param caller who is calling
     */
    @Inject
    public CallerOfficeScope(OfficeMemberships memberships, Caller caller) {
        this.memberships = memberships;
        this.caller = caller;
    }

    @Override
    public OfficeFilter readable() {
        if (caller.isUser() && !homeOffice().equals(OfficeId.NATIONAL)) {
            return OfficeFilter.only(homeOffice());
        }
        return OfficeSelection.current().map(OfficeFilter::only).orElse(OfficeFilter.everyOffice());
    }

    @Override
    public OfficeId writable() {
        if (!caller.isUser()) {
            return OfficeSelection.current().orElse(OfficeId.FIRST);
        }
        OfficeId home = homeOffice();
        if (home.equals(OfficeId.NATIONAL)) {
            throw new AccessDeniedException("Users of the top office read the records of every office and change"
                    + " none: an officer of the record's office changes it");
        }
        return home;
    }

    @Override
    public Optional<OfficeId> home() {
        if (!caller.isUser()) {
            return Optional.empty();
        }
        try {
            return Optional.of(homeOffice());
        } catch (NoOfficeException none) {
            return Optional.empty();
        }
    }

    /**
     * @return the office the signed-in user works for
     * @throws NoOfficeException when they are assigned to none and the installation has several offices
     */
    OfficeId homeOffice() {
        String user = caller.name().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        return officeOf(user).orElseThrow(() -> new NoOfficeException(user));
    }

    @Override
    public Optional<OfficeId> officeOf(String user) {
        Remembered known = homes.get(user);
        if (known != null && known.at.plus(REMEMBERED).isAfter(Instant.now())) {
            return Optional.of(known.office);
        }
        Optional<OfficeId> office = memberships.officeOf(user);
        if (office.isPresent()) {
            // only users who have an office are remembered: names guessed at sign-in never fill the map
            homes.put(user, new Remembered(office.get(), Instant.now()));
        }
        return office;
    }

    /** @param user a user whose membership changed on this node: looked up again on their next call */
    void forget(String user) {
        homes.remove(user);
    }

    private record Remembered(OfficeId office, Instant at) {
    }
}

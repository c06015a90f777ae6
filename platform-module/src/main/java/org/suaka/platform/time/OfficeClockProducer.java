package org.suaka.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the {@link Clock} of the office, in the time zone configured by {@code suaka.office.time-zone}.
 */
@ApplicationScoped
public class OfficeClockProducer {

    /** The zone of Rudenim Kupang, the office of the embedded default. */
    public static final String DEFAULT_ZONE = "Asia/Makassar";

    private final ZoneId zone;

    /**
     * @param zone the office's IANA time zone, e.g. {@code Asia/Makassar} for Kupang
     */
    @Inject
    public OfficeClockProducer(
            @ConfigProperty(name = "suaka.office.time-zone", defaultValue = DEFAULT_ZONE) String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** For CDI's proxy. */
    protected OfficeClockProducer() {
        this.zone = ZoneId.of(DEFAULT_ZONE);
    }

    /** @return the system clock in the office's time zone */
    @Produces
    public Clock officeClock() {
        return Clock.system(zone);
    }
}

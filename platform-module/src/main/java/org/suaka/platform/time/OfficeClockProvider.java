package org.suaka.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.validation.ClockProvider;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bean Validation's clock, set to the office's time zone, so that {@code @Past} and {@link
 * org.suaka.platform.api.PlausibleDate} judge "today" as the office does. Each module names it in its
 * {@code META-INF/validation.xml}.
 */
public class OfficeClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(officeZone());
    }

    private static ZoneId officeZone() {
        try {
            return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("suaka.office.time-zone", String.class)
                    .orElse(OfficeClockProducer.DEFAULT_ZONE));
        } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
            return ZoneId.of(OfficeClockProducer.DEFAULT_ZONE);
        }
    }
}

package org.suaka.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import org.junit.jupiter.api.Test;

/** A nightly job means night in Kupang, whatever zone the server's JVM runs in. */
class OfficeScheduleTest {

    @Test
    void theScheduleCarriesTheOfficesZoneNotTheJvms() {
        TimeZone jvm = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            List<Object[]> created = new ArrayList<>();
            TimerService timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                        created.add(args);
                        return null;
                    });
            Clock office = Clock.fixed(Instant.parse("2024-09-30T16:30:00Z"), ZoneId.of("Asia/Makassar"));

            OfficeSchedule.daily(timers, office, 2, 15, "retention");

            ScheduleExpression expression = (ScheduleExpression) created.get(0)[0];
            TimerConfig config = (TimerConfig) created.get(0)[1];
            assertEquals("Asia/Makassar", expression.getTimezone());
            assertEquals("2", expression.getHour());
            assertEquals("15", expression.getMinute());
            assertEquals("retention", config.getInfo());
            assertFalse(config.isPersistent());
        } finally {
            TimeZone.setDefault(jvm);
        }
    }
}

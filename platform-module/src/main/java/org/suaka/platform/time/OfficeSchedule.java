package org.suaka.platform.time;

import java.time.Clock;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * Daily jobs at a time of the office's day, not the server's: the schedule carries the office clock's
 * time zone, so that "02:15" means 02:15 in Kupang on a server that runs in UTC.
 */
public final class OfficeSchedule {

    private OfficeSchedule() {
    }

    /**
     * @param timers the job's timer service
     * @param officeClock the office clock, whose zone the schedule takes
     * @param hour the hour of the office's day
     * @param minute the minute
     * @param name the job's name, kept as the timer's info
     * @return the timer, not persistent (each node schedules its own at start)
     */
    public static Timer daily(TimerService timers, Clock officeClock, int hour, int minute, String name) {
        ScheduleExpression expression = new ScheduleExpression().hour(hour).minute(minute).second(0)
                .timezone(officeClock.getZone().getId());
        return timers.createCalendarTimer(expression, new TimerConfig(name, false));
    }
}

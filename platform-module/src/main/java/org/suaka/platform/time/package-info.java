/**
 * The office's clock. Every "today" in Suaka comes from here, in the office's own time zone (Kupang is
 * WITA, UTC+8), so that dates do not change at midnight UTC and tests can fix the day.
 */
package org.suaka.platform.time;

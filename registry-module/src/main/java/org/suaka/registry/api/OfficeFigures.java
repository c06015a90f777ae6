package org.suaka.registry.api;

import org.suaka.platform.office.OfficeId;

/**
 * One office's figures for a month, for the national roll-up.
 *
 * @param office the office
 * @param underSupervision persons under its supervision on the month's last day
 * @param movement its arrivals, departures and transfers in the month
 */
public record OfficeFigures(OfficeId office, long underSupervision, MonthlyMovement movement) {
}

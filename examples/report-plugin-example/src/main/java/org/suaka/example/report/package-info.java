/**
 * An example report plugin jar: the occupancy rate of each shelter, computed in Java on top of the
 * installed dataset {@code occupancy}.
 */
package org.suaka.example.report;

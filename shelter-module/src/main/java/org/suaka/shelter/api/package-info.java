/**
 * What other modules and the web layer may use of the shelter module: shelters, placements of persons
 * in them as dated intervals, and occupancy on any date computed in SQL.
 */
package org.suaka.shelter.api;

/**
 * How the shelter module reads and writes its tables, including the occupancy aggregate, and the
 * start-up migration of the {@code SHL_} schema.
 */
package org.suaka.shelter.internal.persistence;

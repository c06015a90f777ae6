/**
 * How the registry reads and writes its tables: JPA repositories, the SQL aggregates behind the
 * supervision statistics, and the start-up migration of the {@code REG_} schema.
 */
package org.suaka.registry.internal.persistence;

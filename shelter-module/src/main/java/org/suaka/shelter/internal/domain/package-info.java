/**
 * The shelter module's entities, mapped to {@code SHL_} tables. A placement holds the person's id as a
 * value, never a relationship into the registry.
 */
package org.suaka.shelter.internal.domain;

/**
 * The partner module's entities, mapped to {@code PTR_} tables. Persons discussed at a visit are held
 * as registry ids, never as relationships into the registry.
 */
package org.suaka.partner.internal.domain;

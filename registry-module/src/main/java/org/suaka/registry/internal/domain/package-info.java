/**
 * The registry's entities. They are mapped to {@code REG_} tables and never leave the module: services
 * turn them into {@code api} views.
 */
package org.suaka.registry.internal.domain;

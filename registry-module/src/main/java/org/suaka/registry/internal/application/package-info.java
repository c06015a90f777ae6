/**
 * The registry's service implementations behind its {@code api} interfaces: transactions, rules that
 * need the database, and the mapping from entities to views.
 */
package org.suaka.registry.internal.application;

/**
 * Persistence plumbing shared by the modules: the Liquibase runner that each module calls at start-up
 * with its own changelog, so that no module creates tables by hand or through JPA DDL generation.
 */
package org.suaka.platform.persistence;

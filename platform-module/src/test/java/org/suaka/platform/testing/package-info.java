/**
 * Test support shared by the modules' persistence tests: an in-memory Derby database with the module's
 * real Liquibase changelog applied and an EclipseLink persistence unit bound to it.
 */
package org.suaka.platform.testing;

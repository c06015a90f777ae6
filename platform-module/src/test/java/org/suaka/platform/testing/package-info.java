/**
 * Test support shared by every module's tests (the platform's test jar): an in-memory Derby database with
 * a module's real Liquibase changelog applied and an EclipseLink persistence unit bound to it, recorded
 * CDI events, and office clocks in Kupang's zone, stopped or moved by the test.
 */
package org.suaka.platform.testing;

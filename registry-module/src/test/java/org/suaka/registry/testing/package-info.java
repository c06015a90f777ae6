/**
 * Test support that the registry offers to other modules' unit tests, shipped in its test-jar.
 */
package org.suaka.registry.testing;

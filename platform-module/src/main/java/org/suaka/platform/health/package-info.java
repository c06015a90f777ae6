/**
 * Health contracts of the kernel: what a module reports to the server's readiness check.
 */
package org.suaka.platform.health;

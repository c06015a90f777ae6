/**
 * The server's health for load balancers and orchestrators: readiness (the database, its schema, and what
 * each module reports through the kernel's health indicators) and liveness.
 */
package org.suaka.web.health;

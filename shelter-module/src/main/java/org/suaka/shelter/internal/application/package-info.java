/**
 * The shelter module's service implementations: capacity and one-shelter-at-a-time rules, checked
 * under a lock on the shelter row.
 */
package org.suaka.shelter.internal.application;

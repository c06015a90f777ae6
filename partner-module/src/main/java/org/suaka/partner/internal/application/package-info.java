/**
 * The partner module's service implementation: unique organisation names, and visits whose
 * organisation and discussed persons must exist.
 */
package org.suaka.partner.internal.application;

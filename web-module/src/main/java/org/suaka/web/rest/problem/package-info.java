/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) with a stable type,
 * the offending fields named, and never a stack trace.
 */
package org.suaka.web.rest.problem;

/**
 * How callers prove who they are: HTTP Basic for API clients, a login form with a session for staff in
 * the browser. Both check credentials against the server's user registry.
 */
package org.suaka.web.security;

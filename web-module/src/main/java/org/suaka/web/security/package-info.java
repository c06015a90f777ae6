/**
 * Sign-in for the staff pages and the API: one Jakarta Security authentication mechanism for the login
 * form and HTTP Basic, one throttle for both, and the sign-in trail.
 */
package org.suaka.web.security;

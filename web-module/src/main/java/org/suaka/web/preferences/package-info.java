/**
 * Per-user settings of the staff interface, such as the language, kept in the web module's own
 * {@code WEB_} table so that they follow the user from one browser to another.
 */
package org.suaka.web.preferences;

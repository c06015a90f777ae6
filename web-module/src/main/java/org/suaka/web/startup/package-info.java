/**
 * Checks made when the application starts, before it serves anyone.
 */
package org.suaka.web.startup;

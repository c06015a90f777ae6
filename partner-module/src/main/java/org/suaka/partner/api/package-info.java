/**
 * What other modules and the web layer may use of the partner module: partner organisations with their
 * contacts, and the visits and coordination meetings held with them.
 */
package org.suaka.partner.api;

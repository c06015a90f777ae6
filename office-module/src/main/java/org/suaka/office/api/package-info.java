/**
 * What other modules and the web layer may ask of the offices: the directory of offices with their
 * letterheads and signatories, and the office of the signed-in user.
 */
package org.suaka.office.api;

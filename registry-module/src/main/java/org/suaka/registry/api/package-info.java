/**
 * What other modules and the web layer may use of the registry: the person service, its commands and
 * views, and the supervision statistics computed in SQL. Persons are referred to by {@link
 * org.suaka.registry.api.PersonId} everywhere outside this module.
 */
package org.suaka.registry.api;

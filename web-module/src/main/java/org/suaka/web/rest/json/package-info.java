/**
 * JSON-B configuration of the API: record ids travel as plain UUID strings, dates as ISO-8601.
 */
package org.suaka.web.rest.json;

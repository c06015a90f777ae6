/**
 * The web module: the REST API, the staff interface and the demo data, composing the domain modules
 * through their apis.
 */
package org.suaka.web;

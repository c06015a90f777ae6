/**
 * The API contract as clients see it: what the OpenAPI document says about every operation beyond what
 * the resources' signatures tell the scanner (security, errors, tags).
 */
package org.suaka.web.rest.openapi;

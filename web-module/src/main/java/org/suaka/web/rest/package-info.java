/**
 * The REST API under {@code /api/v1}: thin resources that turn HTTP into calls on the module apis and
 * back. Composition across modules (a person with their placement, say) happens here, never inside a
 * module.
 */
package org.suaka.web.rest;

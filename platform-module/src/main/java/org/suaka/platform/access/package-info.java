/**
 * The data-sharing contract. Partner staff see only the categories of data granted to their
 * organisation; the partner module owns the grants and implements {@link
 * org.suaka.platform.access.AccessScope}, and every module that holds personal data obeys it
 * without calling the partner module (dependency inversion).
 */
package org.suaka.platform.access;

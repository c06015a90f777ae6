/**
 * The account module's implementation: preferences kept per user name in {@code ACC_USER_PREFERENCE}.
 */
package org.suaka.account.internal;

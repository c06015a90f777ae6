/**
 * The account module's api: the signed-in user's own settings.
 */
package org.suaka.account.api;

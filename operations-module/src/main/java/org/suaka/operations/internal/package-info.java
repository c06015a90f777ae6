/**
 * The Derby online backup behind {@link org.suaka.operations.api.BackupService}, and the nightly job that
 * takes one and prunes the old ones.
 */
package org.suaka.operations.internal;

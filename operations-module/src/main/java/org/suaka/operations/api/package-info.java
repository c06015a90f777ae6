/**
 * What the operations module offers the web module: backups of the database.
 */
package org.suaka.operations.api;

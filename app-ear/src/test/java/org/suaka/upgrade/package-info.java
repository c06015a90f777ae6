/**
 * The upgrade of a database made by the previous release, whose changelogs are kept under
 * {@code src/test/resources/previous-release}, to this release's schema.
 */
package org.suaka.upgrade;

package org.suaka.account.api;

/**
 * A user's settings as they are now.
 *
 * @param language the interface language, {@code id} or {@code en}, or null when never chosen
 */
public record Preferences(String language) {
}

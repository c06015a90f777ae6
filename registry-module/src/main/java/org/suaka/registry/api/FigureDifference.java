package org.suaka.registry.api;

/**
 * A supervision figure of a day that the kept figures and the full count of the records give differently.
 *
 * @param figure which figure, by the name of its {@link SupervisionStatistics} method (e.g. {@code bySex})
 * @param key the group within it (e.g. {@code FEMALE}), or {@code TOTAL}
 * @param kept the figure kept as the records changed
 * @param counted the figure counted from the records
 */
public record FigureDifference(String figure, String key, long kept, long counted) {
}

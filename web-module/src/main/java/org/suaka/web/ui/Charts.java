package org.suaka.web.ui;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built from figures the modules computed.
 */
final class Charts {

    private static final String[] COLOURS = {"#1f5f8b", "#e08a1e", "#3c8d5a", "#b23a48", "#6b4c9a", "#7f7f7f"};

    private Charts() {
    }

    /**
     * One dataset of a chart.
     *
     * @param label the dataset's name in the legend
     * @param values one value per label of the chart
     */
    record Series(String label, List<? extends Number> values) {
    }

    static String doughnut(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", numbers(values))
                .add("backgroundColor", colours);
        return chart("doughnut", labels, Json.createArrayBuilder().add(dataset));
    }

    static String bars(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values()))
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        return chart("bar", labels, datasets);
    }

    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v.longValue()));
        return array;
    }
}

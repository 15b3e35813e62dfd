package org.partnerhub.web.home;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, whose value is the configuration as
 * JSON: the renderer writes it into the page's script as it is, so the characters that could end
 * that script or start markup are written as JSON escapes (a reseller's name is another
 * partner's text). No function is ever part of a configuration: the page's Content Security
 * Policy runs only the page's own scripts.
 */
final class ChartJs {

    /** The portal's blue first, then colours that stay apart from it and from each other. */
    private static final List<String> COLOURS = List.of("#0f3d6e", "#e0a800", "#1b7f3b", "#b42318", "#6a4c93",
            "#1982c4", "#8a5a00", "#6b7785");

    /**
     * One factory for every configuration: {@code Json.createObjectBuilder()} looks the JSON
     * provider up again at each call, some forty times for Home's charts.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** One series of a bar chart: its legend label and a value per category. */
    record Series(String label, List<Long> values, String axis) {
    }

    private ChartJs() {
    }

    /** Vertical bars, one series, no legend (the heading says what the bars are). */
    static String bars(List<String> categories, Series series) {
        return write(chart("bar", categories, List.of(series), JSON.createObjectBuilder()
                .add("y", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)))));
    }

    /**
     * Horizontal bars (long names read along the bars), one series or several, each on its own
     * axis when they count different things (customers and licenses).
     */
    static String horizontalBars(List<String> categories, List<Series> series) {
        JsonObjectBuilder scales = JSON.createObjectBuilder();
        String[] positions = {"bottom", "top"};
        for (int i = 0; i < series.size(); i++) {
            scales.add(series.get(i).axis(), JSON.createObjectBuilder()
                    .add("axis", "x")
                    .add("position", positions[i % positions.length])
                    .add("beginAtZero", true)
                    .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                    // Each axis says which series it measures, in that series' colour.
                    .add("title", JSON.createObjectBuilder().add("display", true)
                            .add("text", series.get(i).label()).add("color", COLOURS.get(i % COLOURS.size())))
                    .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", i == 0)));
        }
        JsonObject config = chart("bar", categories, series, scales);
        return write(JSON.createObjectBuilder(config)
                .add("options", JSON.createObjectBuilder(config.getJsonObject("options")).add("indexAxis", "y"))
                .build());
    }

    /** A doughnut: the parts of a whole, with a legend naming them. */
    static String doughnut(List<String> categories, List<Long> values) {
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return write(JSON.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", strings(categories))
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("data", numbers(values))
                                .add("backgroundColor", colours))))
                .add("options", options().add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("position", "right"))))
                .build());
    }

    private static JsonObject chart(String type, List<String> categories, List<Series> series, JsonObjectBuilder scales) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonObjectBuilder dataset = JSON.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values()))
                    .add("backgroundColor", COLOURS.get(i % COLOURS.size()));
            if (series.get(i).axis() != null) {
                dataset.add("xAxisID", series.get(i).axis());
            }
            datasets.add(dataset);
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", strings(categories)).add("datasets", datasets))
                .add("options", options()
                        .add("scales", scales)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", series.size() > 1))))
                .build();
    }

    /** Fills its box (the page gives it its height), without animation: the figures are there at once. */
    private static JsonObjectBuilder options() {
        return JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /**
     * The JSON text, safe inside a script element: {@code <}, {@code >} and {@code &} occur only
     * within its strings, where their escapes mean the same.
     */
    static String write(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.web.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which writes the configuration into a
 * script block. Built with JSON-P, so labels (names, reasons) are always escaped as JSON, and
 * written through {@link ScriptJson}, so a label cannot end the script block either.
 */
final class Charts {

  private static final String[] COLOURS = {
    "#1f6fb2", "#e07b39", "#3a9a5b", "#c0392b", "#8e44ad", "#16a085", "#d4ac0d", "#7f8c8d"
  };

  private Charts() {}

  static String bar(String title, String seriesLabel, List<String> labels, List<Long> values) {
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", seriesLabel)
            .add("data", numbers(values))
            .add("backgroundColor", COLOURS[0]);
    return config("bar", title, labels, Json.createArrayBuilder().add(dataset), false);
  }

  static String doughnut(String title, List<String> labels, List<Long> values) {
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < values.size(); i++) {
      colours.add(COLOURS[i % COLOURS.length]);
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", colours);
    return config("doughnut", title, labels, Json.createArrayBuilder().add(dataset), true);
  }

  private static String config(
      String type, String title, List<String> labels, JsonArrayBuilder datasets, boolean legend) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonObjectBuilder plugins =
        Json.createObjectBuilder()
            .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
            .add("legend", Json.createObjectBuilder().add("display", legend));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("plugins", plugins);
    if ("bar".equals(type)) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add(
                  "y",
                  Json.createObjectBuilder()
                      .add("beginAtZero", true)
                      .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static JsonArrayBuilder numbers(List<Long> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}

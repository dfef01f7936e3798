package org.sanctionsengine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sanctionsengine.scenario.DiffReport;
import org.sanctionsengine.scenario.Flip;
import org.sanctionsengine.scenario.Tally;
import org.sanctionsengine.screening.DecisionJson;
import org.sanctionsengine.screening.Outcome;

/**
 * A scenario diff as one self-contained HTML file: Chart.js (from its WebJar on the class path) and
 * the data are inlined, so the report opens with no network. Charts: decisions under the regime and
 * the scenario, unlocked value by measure, by HS chapter and by authority; then a table of flips.
 */
final class DiffHtml {
  /** The Chart.js bundle inside the WebJar pinned in the parent POM (chartjs.version). */
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  static final int DEFAULT_FLIPS = 1_000;

  private DiffHtml() {}

  static void write(DiffReport r, String portfolio, int maxFlips, Writer out) {
    try {
      out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
      out.write(escape("Scenario " + r.scenario() + " - trade unlocked"));
      out.write("</title>\n<style>" + STYLE + "</style>\n</head><body>\n");
      out.write("<h1>" + escape(r.scenario() + ": " + r.scenarioTitle()) + "</h1>\n<p>");
      out.write(
          escape(
              String.format(
                  Locale.ROOT,
                  "Portfolio %s: %,d transactions, %s. Flipped decisions: %,d (%,d stricter).",
                  portfolio,
                  r.transactions(),
                  r.asOf().map(d -> "all judged as of " + d).orElse("each judged on its own date"),
                  r.flips().size(),
                  r.tightened())));
      out.write("</p>\n<p>Unlocked trade: " + escape(DiffText.tally(r.unlocked())) + "</p>\n");
      out.write(CHARTS);
      flips(r.flips(), maxFlips, out);
      out.write("<script>" + chartJs() + "</script>\n");
      out.write("<script id=\"data\" type=\"application/json\">");
      out.write(data(r).toString().replace("</", "<\\/"));
      out.write("</script>\n<script>" + DRAW + "</script>\n</body></html>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode data(DiffReport r) {
    ObjectNode data = DecisionJson.MAPPER.createObjectNode();
    ArrayNode outcomes = data.putArray("outcomes");
    ArrayNode before = data.putArray("regime");
    ArrayNode after = data.putArray("scenario");
    for (Outcome o : Outcome.values()) {
      outcomes.add(o.name());
      before.add(r.before().getOrDefault(o, 0L));
      after.add(r.after().getOrDefault(o, 0L));
    }
    series(data.putObject("byMeasure"), r.byMeasure(), 15);
    series(data.putObject("byChapter"), r.byChapter(), 20);
    series(data.putObject("byAuthority"), r.byAuthority(), 10);
    return data;
  }

  private static void series(ObjectNode node, List<Tally> tallies, int max) {
    ArrayNode labels = node.putArray("labels");
    ArrayNode values = node.putArray("values");
    for (Tally t : tallies.subList(0, Math.min(max, tallies.size()))) {
      labels.add(t.key());
      values.add(Math.round(t.valueUsd()));
    }
  }

  private static void flips(List<Flip> flips, int maxFlips, Writer out) throws IOException {
    int max = maxFlips > 0 ? maxFlips : DEFAULT_FLIPS;
    out.write("<h2>Flipped decisions</h2>\n");
    if (flips.size() > max) {
      out.write(
          String.format(
              Locale.ROOT,
              "<p>The first %,d of %,d (--max-flips N to show more; --format json lists all).</p>\n",
              max,
              flips.size()));
    }
    out.write("<table><tr><th>id</th><th>date</th><th>from</th><th>to</th><th>HS</th>");
    out.write("<th>value</th><th>regime</th><th>scenario</th><th>measures relieved</th></tr>\n");
    for (Flip f : flips.subList(0, Math.min(max, flips.size()))) {
      var s = f.shipment();
      out.write("<tr>");
      for (String cell :
          List.of(
              s.id(),
              s.date().toString(),
              s.from().alpha2(),
              s.to().alpha2(),
              s.goods().dotted(),
              s.value().map(Object::toString).orElse(""),
              f.before().name(),
              f.after().name(),
              String.join(", ", f.relieved().stream().map(m -> m.id()).toList()))) {
        out.write("<td>" + escape(cell) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</table>\n");
  }

  private static String chartJs() {
    try (InputStream in = DiffHtml.class.getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException("Chart.js is missing from the class path: " + CHART_JS);
      }
      String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (code.contains("</script")) {
        throw new IllegalStateException("Chart.js contains '</script' and cannot be inlined");
      }
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:70em}"
          + ".charts{display:grid;grid-template-columns:1fr 1fr;gap:2em}"
          + "table{border-collapse:collapse;font-size:85%}"
          + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}";

  private static final String CHARTS =
      "<div class=\"charts\">"
          + "<div><h2>Decisions</h2><canvas id=\"outcomes\"></canvas></div>"
          + "<div><h2>Unlocked value by authority (USD)</h2><canvas id=\"authority\"></canvas></div>"
          + "<div><h2>Unlocked value by measure (USD)</h2><canvas id=\"measure\"></canvas></div>"
          + "<div><h2>Unlocked value by HS chapter (USD)</h2><canvas id=\"chapter\"></canvas></div>"
          + "</div>\n";

  private static final String DRAW =
      """
      const d = JSON.parse(document.getElementById('data').textContent);
      new Chart(document.getElementById('outcomes'), {type: 'bar', data: {labels: d.outcomes,
        datasets: [{label: 'regime', data: d.regime}, {label: 'scenario', data: d.scenario}]}});
      new Chart(document.getElementById('authority'), {type: 'doughnut', data: {
        labels: d.byAuthority.labels, datasets: [{data: d.byAuthority.values}]}});
      new Chart(document.getElementById('measure'), {type: 'bar', options: {indexAxis: 'y'},
        data: {labels: d.byMeasure.labels, datasets: [{label: 'USD', data: d.byMeasure.values}]}});
      new Chart(document.getElementById('chapter'), {type: 'bar', data: {
        labels: d.byChapter.labels, datasets: [{label: 'USD', data: d.byChapter.values}]}});
      """;
}

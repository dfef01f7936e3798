package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.portfolio.PortfolioGenerator;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.scenario.AppliedChange;
import org.sanctionsengine.scenario.ChangeTexts;
import org.sanctionsengine.scenario.DiffJson;
import org.sanctionsengine.scenario.DiffReport;
import org.sanctionsengine.scenario.Evaluation;
import org.sanctionsengine.scenario.Evaluator;
import org.sanctionsengine.scenario.PortfolioDiff;
import org.sanctionsengine.scenario.PortfolioReader;
import org.sanctionsengine.scenario.Scenario;
import org.sanctionsengine.scenario.ScenarioChange;
import org.sanctionsengine.scenario.Scenarios;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.TransactionChecks;
import org.sanctionsengine.server.Uploads;
import org.sanctionsengine.server.access.Permission;

/**
 * Relief scenarios: the built-in ones ({@code GET /api/scenarios}), one explained measure by
 * measure ({@code GET /api/scenarios/NAME}), and the diff of a portfolio under the regime and under
 * the scenario ({@code POST /api/scenarios/NAME/diff}, a CSV portfolio as the body, or no body and
 * {@code generate=N} for a synthetic one).
 */
public final class ScenarioRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The largest synthetic portfolio a request may ask for. */
  static final int MAX_GENERATED = 1_000_000;

  /** The flips listed in a diff answer; the tallies count them all. */
  static final int MAX_FLIPS = 1_000;

  private ScenarioRoutes() {}

  public static void register(
      RoutesConfig routes, Engine engine, TransactionChecks checks, long maxCsvBytes) {
    routes.get(
        "/api/scenarios",
        ctx -> {
          ObjectNode body = JSON.objectNode();
          ArrayNode scenarios = body.putArray("scenarios");
          for (Scenario s : engine.scenarios().builtIn()) {
            scenarios.add(header(s));
          }
          RequestBodies.json(ctx, 200, body);
        },
        Permission.SCREENER);
    routes.get(
        "/api/scenarios/{name}",
        ctx -> RequestBodies.json(ctx, 200, explain(evaluation(ctx, engine, checks))),
        Permission.SCREENER);
    routes.post(
        "/api/scenarios/{name}/diff",
        ctx -> diff(ctx, evaluation(ctx, engine, checks), maxCsvBytes),
        Permission.SCREENER);
  }

  private static Evaluation evaluation(Context ctx, Engine engine, TransactionChecks checks) {
    Scenario scenario = checks.builtIn(ctx.pathParam("name"));
    for (String violation : ctx.queryParams("violation")) {
      scenario = Scenarios.withViolation(scenario, violation);
    }
    return Evaluator.apply(engine.regime(), scenario);
  }

  private static ObjectNode header(Scenario s) {
    ObjectNode node = JSON.objectNode();
    node.put("name", s.name());
    node.put("title", s.title());
    node.put("description", s.description().strip());
    ArrayNode sources = node.putArray("sources");
    for (Scenario.ScenarioSource source : s.sources()) {
      sources
          .addObject()
          .put("key", source.key())
          .put("url", source.url())
          .put("publishedOn", source.publishedOn().toString())
          .put("title", source.title());
    }
    ArrayNode conditions = node.putArray("conditions");
    s.conditions()
        .forEach(c -> conditions.addObject().put("id", c.id()).put("description", c.description()));
    ArrayNode phases = node.putArray("phases");
    for (Scenario.Phase p : s.phases()) {
      ObjectNode phase = phases.addObject();
      phase.put("name", p.name()).put("title", p.title()).put("startsOn", p.startsOn().toString());
      ArrayNode needs = phase.putArray("conditions");
      p.conditions().forEach(needs::add);
    }
    ArrayNode violations = node.putArray("violations");
    s.violations()
        .forEach(
            v ->
                violations
                    .addObject()
                    .put("condition", v.condition())
                    .put("on", v.on().toString())
                    .put("note", v.note()));
    return node;
  }

  private static ObjectNode explain(Evaluation e) {
    ObjectNode body = header(e.scenario());
    ArrayNode changes = body.putArray("changes");
    for (Measure m : e.base().measures()) {
      for (AppliedChange change : e.changes()) {
        ScenarioChange written = change.written();
        if (!written.measureId().equals(m.id())) {
          continue;
        }
        ObjectNode node = changes.addObject();
        node.set("measure", RegimeRoutes.measure(m, e.base(), false));
        node.put("operation", written.kindCode());
        node.put("what", ChangeTexts.what(written));
        node.put("effectiveFrom", written.period().from().toString());
        written
            .period()
            .endsOn()
            .ifPresentOrElse(d -> node.put("endsOn", d.toString()), () -> node.putNull("endsOn"));
        node.put("phase", change.phase());
        node.put("snappedBack", change.snappedBack());
        if (change.snappedBack()) {
          node.put("snapBackOn", change.snapBackOn().toString());
          node.put("violated", change.violated());
        }
        node.put("explanation", ChangeTexts.applied(change));
        node.put("why", written.note());
      }
    }
    return body;
  }

  private static void diff(Context ctx, Evaluation evaluation, long maxBytes) {
    String csv = portfolioText(ctx, maxBytes);
    List<ShipmentRow> rows =
        new PortfolioReader(evaluation.regime().claims().keySet()).read("portfolio.csv", csv);
    List<Shipment> shipments = new ArrayList<>(rows.size());
    int refused = 0;
    for (ShipmentRow row : rows) {
      switch (row) {
        case ShipmentRow.Valid valid -> shipments.add(valid.shipment());
        case ShipmentRow.Invalid invalid -> refused++;
      }
    }
    String asOf = ctx.queryParam("asOf");
    PortfolioDiff diff = new PortfolioDiff(evaluation);
    DiffReport report =
        asOf == null || asOf.isBlank()
            ? diff.run(shipments)
            : diff.run(shipments, ShipmentFields.date(asOf, "parameter 'asOf'"));
    StringWriter out = new StringWriter();
    DiffJson.write(report, refused, MAX_FLIPS, out);
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The CSV body, or a synthetic portfolio when {@code generate=N} is given without one. */
  private static String portfolioText(Context ctx, long maxBytes) {
    String generate = ctx.queryParam("generate");
    if (generate != null) {
      int size = generatedSize(generate);
      long seed = parseSeed(ctx.queryParam("seed"));
      StringWriter out = new StringWriter();
      new PortfolioGenerator(seed).write(size, out);
      return out.toString();
    }
    if (!RequestBodies.isCsv(ctx)) {
      throw new InvalidInputException(
          "Send the portfolio as a CSV body (Content-Type: text/csv; header as in `sanctions"
              + " portfolio generate`), or give generate=N for a synthetic portfolio of N trades.");
    }
    return Uploads.text(ctx, maxBytes);
  }

  private static int generatedSize(String text) {
    try {
      int size = Integer.parseInt(text.strip());
      if (size >= 1 && size <= MAX_GENERATED) {
        return size;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new InvalidInputException(
        "generate="
            + text
            + " is not acceptable: expected a number of trades from 1 to "
            + MAX_GENERATED
            + ".");
  }

  private static long parseSeed(String text) {
    if (text == null || text.isBlank()) {
      return 42;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("seed=" + text + " is not a whole number, e.g. 42.");
    }
  }
}

package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.Instrument;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * The regime as data: its instruments ({@code GET /api/regime}), its measures, optionally only
 * those in force on a date or of one authority or instrument ({@code GET /api/regime/measures}),
 * and one measure with its citations ({@code GET /api/regime/measures/ID}).
 */
public final class RegimeRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RegimeRoutes() {}

  public static void register(RoutesConfig routes, Engine engine) {
    Regime regime = engine.regime();
    routes.get(
        "/api/regime", ctx -> RequestBodies.json(ctx, 200, regime(regime)), Permission.SCREENER);
    routes.get(
        "/api/regime/measures",
        ctx -> RequestBodies.json(ctx, 200, measures(regime, ctx)),
        Permission.SCREENER);
    routes.get(
        "/api/regime/measures/{measureId}",
        ctx -> {
          String id = ctx.pathParam("measureId");
          Measure measure =
              regime
                  .measure(id)
                  .orElseThrow(
                      () ->
                          ProblemException.notFound(
                              "No measure '"
                                  + id
                                  + "' in the regime; list them with GET /api/regime/measures."));
          RequestBodies.json(ctx, 200, measure(measure, regime, true));
        },
        Permission.SCREENER);
  }

  private static ObjectNode regime(Regime regime) {
    ObjectNode body = JSON.objectNode();
    body.put("name", regime.name());
    body.put("version", regime.version());
    ArrayNode instruments = body.putArray("instruments");
    for (Instrument i : regime.instruments()) {
      ObjectNode node = instruments.addObject();
      node.put("id", i.id());
      node.put("citation", i.citation());
      node.put("title", i.title());
      node.put("authority", i.authority().code());
      node.put("kind", i.kind().code());
      node.put("adoptedOn", i.adoptedOn().toString());
      node.put("binding", i.binding());
      node.put(
          "measures",
          regime.measures().stream().filter(m -> m.provision().instrument().equals(i)).count());
    }
    return body;
  }

  private static ObjectNode measures(Regime regime, Context ctx) {
    String on = ctx.queryParam("inForceOn");
    LocalDate date = on == null ? null : ShipmentFields.date(on, "parameter 'inForceOn'");
    String authority = ctx.queryParam("authority");
    String instrument = ctx.queryParam("instrument");
    ObjectNode body = JSON.objectNode();
    if (date != null) {
      body.put("inForceOn", date.toString());
    }
    ArrayNode measures = body.putArray("measures");
    for (Measure m : regime.measures()) {
      if (date != null && !m.basis().inForce().includes(date)) {
        continue;
      }
      if (authority != null && !m.authority().code().equalsIgnoreCase(authority.strip())) {
        continue;
      }
      if (instrument != null && !m.provision().instrument().id().equals(instrument.strip())) {
        continue;
      }
      measures.add(measure(m, regime, false));
    }
    return body;
  }

  static ObjectNode measure(Measure m, Regime regime, boolean withSources) {
    ObjectNode node = JSON.objectNode();
    node.put("id", m.id());
    node.put("kind", m.kindCode());
    node.put("title", m.basis().title());
    node.put("instrument", m.provision().instrument().citation());
    node.put("instrumentId", m.provision().instrument().id());
    node.put("provision", m.provision().paragraph());
    node.put("authority", m.authority().code());
    node.put("direction", m.basis().direction().code());
    node.put("effectiveFrom", m.basis().inForce().from().toString());
    m.basis()
        .inForce()
        .endsOn()
        .ifPresentOrElse(d -> node.put("endsOn", d.toString()), () -> node.putNull("endsOn"));
    node.put("status", m.basis().status().label());
    if (m instanceof GoodsMeasure g) {
      node.put("goods", g.scope().toString());
    }
    if (!m.basis().note().isEmpty()) {
      node.put("note", m.basis().note());
    }
    ArrayNode exemptions = node.putArray("exemptions");
    m.basis()
        .exemptions()
        .forEach(
            e ->
                exemptions
                    .addObject()
                    .put("claim", e.claim())
                    .put("paragraph", e.paragraph())
                    .put("yields", e.yields().code().toLowerCase(Locale.ROOT))
                    .put("conditions", e.conditions()));
    ArrayNode sources = node.putArray("sources");
    for (String key : m.basis().sources()) {
      if (withSources) {
        sources.addObject().put("key", key).put("url", regime.sources().getOrDefault(key, ""));
      } else {
        sources.add(key);
      }
    }
    return node;
  }
}

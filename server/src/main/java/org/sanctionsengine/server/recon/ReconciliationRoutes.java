package org.sanctionsengine.server.recon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.ListsView;
import org.sanctionsengine.server.PartyRequest;
import org.sanctionsengine.server.PartyScreening;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * {@code /reconcile}: the service manifest (no {@code queries}), a batch of queries ({@code
 * queries} as a form or query parameter, GET or POST, JSONP with {@code callback}), {@code
 * /reconcile/preview?id=} and {@code /reconcile/suggest/entity?prefix=}. Like every data route it
 * needs a key; OpenRefine can pass it as {@code api_key} in the service URL, which the manifest
 * declares.
 */
public final class ReconciliationRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");

  /** Properties a query may give, beyond the name. */
  static final List<String> PROPERTIES = List.of("birthDate", "country", "imo");

  private ReconciliationRoutes() {}

  public static void register(RoutesConfig routes, Engine engine, PartyScreening screening) {
    routes.get("/reconcile", ctx -> reconcile(ctx, engine, screening), Permission.SCREENER);
    routes.post("/reconcile", ctx -> reconcile(ctx, engine, screening), Permission.SCREENER);
    routes.get(
        "/reconcile/preview",
        ctx -> {
          Entity entity = entity(engine.lists().current(), ctx.queryParam("id"));
          ctx.contentType("text/html; charset=utf-8");
          ctx.result(Previews.html(entity).getBytes(StandardCharsets.UTF_8));
        },
        Permission.SCREENER);
    routes.get(
        "/reconcile/suggest/entity",
        ctx ->
            answer(
                ctx,
                Suggestions.entities(
                    engine.lists().current(), text(ctx.queryParam("prefix")), cursor(ctx))),
        Permission.SCREENER);
  }

  private static void reconcile(Context ctx, Engine engine, PartyScreening screening) {
    String queries = ctx.formParam("queries");
    if (queries == null) {
      queries = ctx.queryParam("queries");
    }
    if (queries == null) {
      answer(ctx, Manifest.of(baseUrl(ctx)));
      return;
    }
    List<ReconciliationQuery> parsed = ReconciliationQueries.parse(queries);
    answer(ctx, results(parsed, engine.lists().current(), screening, Caller.of(ctx)));
  }

  private static ObjectNode results(
      List<ReconciliationQuery> queries,
      ListsView.View view,
      PartyScreening screening,
      Caller caller) {
    List<PartyRequest> requests = new ArrayList<>();
    for (ReconciliationQuery q : queries) {
      requests.add(
          new PartyRequest(
              q.query(),
              ourType(q.types()),
              q.property("birthDate"),
              q.property("country"),
              q.property("imo"),
              null,
              null));
    }
    List<ObjectNode> screened =
        requests.isEmpty()
            ? List.of()
            : screening.screen(requests, caller, PartyScreening.Channel.RECONCILIATION, false);
    ObjectNode body = JSON.objectNode();
    for (int i = 0; i < queries.size(); i++) {
      ReconciliationQuery q = queries.get(i);
      ArrayNode result = body.putObject(q.key()).putArray("result");
      JsonNode hits = screened.get(i).path("hits");
      for (JsonNode hit : hits) {
        if (result.size() >= q.limit()) {
          break;
        }
        result.add(candidate(hit, view));
      }
    }
    return body;
  }

  private static ObjectNode candidate(JsonNode hit, ListsView.View view) {
    String id = hit.get("entityId").asText();
    ObjectNode c = JSON.objectNode();
    c.put("id", id);
    c.put("name", hit.get("name").asText());
    view.entity(id).ifPresent(e -> c.put("description", Previews.description(e)));
    c.put("score", Math.round(hit.get("score").asDouble() * 10_000) / 100.0);
    c.put("match", hit.get("match").asBoolean());
    ArrayNode features = c.putArray("features");
    features.addObject().put("id", "name_score").put("value", hit.get("score").asDouble());
    ArrayNode type = c.putArray("type");
    view.entity(id)
        .ifPresent(
            e ->
                type.addObject()
                    .put("id", e.kind().code())
                    .put("name", Manifest.typeName(e.kind())));
    return c;
  }

  /** Our entity kind, if one of the query's types is ours; other type systems are ignored. */
  private static String ourType(List<String> types) {
    for (String t : types) {
      for (EntityKind kind : EntityKind.values()) {
        if (kind.code().equals(t.toLowerCase(Locale.ROOT))) {
          return kind.code();
        }
      }
    }
    return "";
  }

  private static Entity entity(ListsView.View view, String id) {
    String key = text(id);
    return view.entity(key)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "No entity '"
                        + key
                        + "' in the current list snapshots (ids look like un:KPi.033)."));
  }

  private static int cursor(Context ctx) {
    String cursor = ctx.queryParam("cursor");
    try {
      return cursor == null ? 0 : Math.max(0, Integer.parseInt(cursor));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** JSON, or JSONP when a well-formed {@code callback} is given (the spec's GET form). */
  private static void answer(Context ctx, ObjectNode body) {
    String callback = ctx.queryParam("callback");
    if (callback != null && CALLBACK.matcher(callback).matches()) {
      ctx.contentType("application/javascript");
      ctx.result((callback + "(" + body + ");").getBytes(StandardCharsets.UTF_8));
      return;
    }
    ctx.header("Access-Control-Allow-Origin", "*");
    RequestBodies.json(ctx, 200, body);
  }

  /** The server's own address as the client sees it, for the manifest's URLs. */
  static String baseUrl(Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null ? "127.0.0.1" : host);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}

package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.CaseQueue;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * The case queue: list and read cases, and the reviewers' steps (escalate, propose a clearance,
 * confirm it). The reviewer is the holder of the calling key, so that four eyes means two keys.
 */
public final class CaseRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  static final int MAX_LIST = 1_000;

  /** The body of a step: why. */
  public record Step(@Nullable String reason) {
    String required() {
      if (reason == null || reason.isBlank()) {
        throw new InvalidInputException(
            "A reason is required: say why, e.g. \"date of birth differs from the listed"
                + " person's\".");
      }
      return reason.strip();
    }
  }

  /** A reviewer's step on a case. */
  private interface Action {
    Case apply(CaseQueue cases, long id, Caller caller, String reason);
  }

  private CaseRoutes() {}

  public static void register(RoutesConfig routes, Engine engine) {
    routes.get(
        "/api/cases", ctx -> RequestBodies.json(ctx, 200, list(ctx, engine)), Permission.REVIEWER);
    routes.get(
        "/api/cases/{caseId}",
        ctx -> RequestBodies.json(ctx, 200, json(find(engine, ctx))),
        Permission.REVIEWER);
    step(routes, engine, "escalate", (q, id, c, r) -> q.escalate(id, c.reviewer(), r));
    step(routes, engine, "clear", (q, id, c, r) -> q.proposeClearance(id, c.reviewer(), r));
    step(routes, engine, "match", (q, id, c, r) -> q.proposeMatch(id, c.reviewer(), r));
    step(routes, engine, "confirm", (q, id, c, r) -> q.confirm(id, c.reviewer(), r));
  }

  private static void step(RoutesConfig routes, Engine engine, String name, Action action) {
    routes.post(
        "/api/cases/{caseId}/" + name,
        ctx -> {
          String reason = RequestBodies.read(ctx, Step.class).required();
          Case before = find(engine, ctx);
          Case after = action.apply(engine.storage().cases(), before.id(), Caller.of(ctx), reason);
          RequestBodies.json(ctx, 200, json(after));
        },
        Permission.REVIEWER);
  }

  private static Case find(Engine engine, Context ctx) {
    long id = caseId(ctx.pathParam("caseId"));
    return engine
        .storage()
        .caseStore()
        .find(id)
        .orElseThrow(() -> ProblemException.notFound("There is no case " + id + "."));
  }

  private static long caseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ProblemException.notFound(
          "'" + text + "' is not a case number; cases are numbered 1, 2, 3 ...");
    }
  }

  private static ObjectNode list(Context ctx, Engine engine) {
    String states = ctx.queryParam("state");
    Set<CaseState> wanted = states == null ? unresolved() : parse(states);
    int limit = limit(ctx.queryParam("limit"));
    ObjectNode body = JSON.objectNode();
    ArrayNode cases = body.putArray("cases");
    engine.storage().cases().list(wanted, limit).forEach(c -> cases.add(json(c)));
    return body;
  }

  private static Set<CaseState> unresolved() {
    Set<CaseState> states = EnumSet.allOf(CaseState.class);
    states.remove(CaseState.CLEARED);
    return states;
  }

  private static Set<CaseState> parse(String text) {
    Set<CaseState> states = EnumSet.noneOf(CaseState.class);
    for (String code : text.split(",")) {
      states.add(CaseState.parse(code.strip()));
    }
    return states;
  }

  private static int limit(@Nullable String text) {
    if (text == null) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIST) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidInputException(
        "limit=" + text + ": expected a number from 1 to " + MAX_LIST + ".");
  }

  static ObjectNode json(Case c) {
    ObjectNode node = JSON.objectNode();
    node.put("id", c.id());
    node.put("state", c.state().code());
    node.put("customerId", c.alert().customerId());
    node.put("entityId", c.alert().listEntryId());
    node.put("entryVersion", c.alert().entryVersion());
    node.put("score", c.alert().score());
    node.put("decisionId", c.alert().decisionSequence());
    ArrayNode events = node.putArray("events");
    Function<CaseEvent, ObjectNode> event =
        e ->
            JSON.objectNode()
                .put("action", e.action().code())
                .put("reviewer", e.reviewer().name())
                .put("at", e.at().toString())
                .put("reason", e.reason());
    c.events().forEach(e -> events.add(event.apply(e)));
    return node;
  }
}

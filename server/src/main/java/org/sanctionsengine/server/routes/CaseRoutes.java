package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.CaseQuery;
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
  static final int MAX_LIST = CaseQuery.MAX_LIMIT;

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
    routes.get("/api/cases", ctx -> list(ctx, engine), Permission.REVIEWER);
    routes.get(
        "/api/cases/{caseId}",
        ctx -> RequestBodies.json(ctx, 200, withChain(engine, find(engine, ctx))),
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

  /**
   * The queue: {@code state}, {@code list} (source), {@code minScore}, {@code olderThan} (an ISO
   * duration, e.g. P7D), {@code sort} (oldest, newest, score), {@code offset}, {@code limit}; JSON
   * with the total, or CSV with {@code format=csv} or {@code Accept: text/csv}.
   */
  private static void list(Context ctx, Engine engine) {
    CaseQuery query = query(ctx, engine);
    CaseQuery.Page page = engine.storage().queryCases(query);
    if (wantsCsv(ctx)) {
      ctx.status(200);
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"cases.csv\"");
      ctx.result(CaseCsv.of(page.cases()).getBytes(StandardCharsets.UTF_8));
      return;
    }
    ObjectNode body = JSON.objectNode();
    body.put("total", page.total());
    body.put("offset", query.offset());
    body.put("limit", query.limit());
    ArrayNode cases = body.putArray("cases");
    page.cases().forEach(c -> cases.add(json(c)));
    RequestBodies.json(ctx, 200, body);
  }

  private static boolean wantsCsv(Context ctx) {
    String format = ctx.queryParam("format");
    if (format != null) {
      if (format.equals("csv")) {
        return true;
      }
      if (!format.equals("json")) {
        throw new InvalidInputException("format=" + format + ": expected json or csv.");
      }
      return false;
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/csv");
  }

  private static CaseQuery query(Context ctx, Engine engine) {
    String states = ctx.queryParam("state");
    String olderThan = ctx.queryParam("olderThan");
    Instant before = null;
    if (olderThan != null) {
      try {
        before = engine.clock().instant().minus(Duration.parse(olderThan.strip()));
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "olderThan=" + olderThan + ": expected an ISO-8601 duration, e.g. P7D or PT12H.");
      }
    }
    String sort = ctx.queryParam("sort");
    return new CaseQuery(
        states == null ? unresolved() : parse(states),
        Objects.requireNonNullElse(ctx.queryParam("list"), "").strip(),
        number(ctx.queryParam("minScore"), "minScore"),
        before,
        sort == null ? CaseQuery.Sort.OLDEST : CaseQuery.Sort.parse(sort.strip()),
        (int) number(ctx.queryParam("offset"), "offset"),
        limit(ctx.queryParam("limit")));
  }

  private static double number(@Nullable String text, String name) {
    if (text == null) {
      return 0;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidInputException(name + "=" + text + ": expected a number, 0 or more.");
  }

  private static Set<CaseState> unresolved() {
    Set<CaseState> states = EnumSet.noneOf(CaseState.class);
    for (CaseState state : CaseState.values()) {
      if (state.isUnresolved()) {
        states.add(state);
      }
    }
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

  /**
   * The case with what the audit chain says of it: the sequence numbers of its entries, and whether
   * its row agrees with them (a row that does not is not trusted, decision 0042).
   */
  private static ObjectNode withChain(Engine engine, Case c) {
    ObjectNode node = json(c);
    ObjectNode chain = node.putObject("chain");
    ArrayNode entries = chain.putArray("auditEntries");
    engine.storage().caseStore().auditTrail(c.id()).forEach(e -> entries.add(e.sequence()));
    Optional<String> disagreement = engine.storage().cases().chainSays(c);
    chain.put("agrees", disagreement.isEmpty());
    disagreement.ifPresent(how -> chain.put("disagreement", how));
    return node;
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
                .put("keyId", e.reviewer().keyId())
                .put("at", e.at().toString())
                .put("reason", e.reason());
    c.events().forEach(e -> events.add(event.apply(e)));
    return node;
  }
}

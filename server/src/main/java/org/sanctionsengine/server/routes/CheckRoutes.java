package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sanctionsengine.input.BatchSummary;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.ShipmentRequest;
import org.sanctionsengine.server.TransactionChecks;
import org.sanctionsengine.server.Uploads;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.access.Permission;

/**
 * Transaction checks: one shipment ({@code POST /api/check}), a JSON array of them, or a CSV file
 * ({@code POST /api/check/batch}), judged under the regime or under a built-in scenario ({@code
 * ?scenario=NAME&violation=CONDITION=DATE}). A CSV batch answers in JSON lines: one per row, then
 * the cap summary.
 */
public final class CheckRoutes {
  /** The most shipments in one JSON batch; larger batches go as CSV. */
  public static final int MAX_JSON_BATCH = 10_000;

  /**
   * The largest CSV batch: caps are counted across the whole batch in date order, so it is judged
   * in memory at once.
   */
  static final long MAX_CSV_BYTES = 64L << 20;

  private CheckRoutes() {}

  public static void register(RoutesConfig routes, TransactionChecks checks) {
    routes.post(
        "/api/check",
        ctx -> {
          ShipmentRequest request = RequestBodies.read(ctx, ShipmentRequest.class);
          RequestBodies.json(
              ctx, 200, checks.checkOne(request, screener(ctx, checks), Caller.of(ctx)));
        },
        Permission.SCREENER);
    routes.post(
        "/api/check/batch",
        ctx -> {
          Screener screener = screener(ctx, checks);
          if (RequestBodies.isCsv(ctx)) {
            csv(ctx, checks, screener);
          } else {
            List<ShipmentRequest> requests =
                RequestBodies.read(ctx, new TypeReference<List<ShipmentRequest>>() {});
            if (requests.size() > MAX_JSON_BATCH) {
              throw new InvalidInputException(
                  "A JSON batch holds at most "
                      + MAX_JSON_BATCH
                      + " shipments (found "
                      + requests.size()
                      + "); send larger batches as CSV (Content-Type: text/csv).");
            }
            RequestBodies.json(ctx, 200, checks.checkAll(requests, screener, Caller.of(ctx)));
          }
        },
        Permission.SCREENER);
  }

  private static Screener screener(Context ctx, TransactionChecks checks) {
    String scenario = ctx.queryParam("scenario");
    return checks.screener(scenario == null ? "" : scenario, ctx.queryParams("violation"));
  }

  private static void csv(Context ctx, TransactionChecks checks, Screener screener)
      throws Exception {
    String text = Uploads.text(ctx, MAX_CSV_BYTES);
    List<ShipmentRow> rows =
        new ShipmentCsvReader(screener.regime().claims().keySet()).read("upload.csv", text);
    ObjectNode judged = checks.judge(rows, screener, Caller.of(ctx), "api");
    StringBuilder lines = new StringBuilder();
    int index = 0;
    for (JsonNode result : judged.get("results")) {
      ObjectNode line = (ObjectNode) result;
      line.put("line", rows.get(index++).line());
      lines.append(line).append('\n');
    }
    long refused = rows.stream().filter(row -> row instanceof ShipmentRow.Invalid).count();
    ObjectNode summary = new BatchSummary(rows.size(), refused).json();
    ((ObjectNode) summary.get("summary")).setAll((ObjectNode) judged.get("summary"));
    lines.append(summary).append('\n');
    ctx.status(200);
    ctx.contentType("application/x-ndjson");
    ctx.result(lines.toString().getBytes(StandardCharsets.UTF_8));
  }
}

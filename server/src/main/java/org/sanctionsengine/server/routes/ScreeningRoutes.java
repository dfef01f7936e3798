package org.sanctionsengine.server.routes;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.input.BatchSummary;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.PartyCsvReader;
import org.sanctionsengine.match.PartyRow;
import org.sanctionsengine.server.PartyRequest;
import org.sanctionsengine.server.PartyScreening;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.Uploads;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.access.Permission;

/**
 * Party screening: one party ({@code POST /api/screen}), a JSON array of them, or a CSV upload
 * whose results stream back as JSON lines as they are recorded ({@code POST /api/screen/batch}).
 */
public final class ScreeningRoutes {
  /** The most parties in one JSON batch; larger batches go as CSV. */
  public static final int MAX_JSON_BATCH = 1_000;

  /** CSV rows screened and recorded together before their lines are sent. */
  static final int CSV_CHUNK = 256;

  private ScreeningRoutes() {}

  public static void register(RoutesConfig routes, PartyScreening screening, long maxCsvBytes) {
    routes.post(
        "/api/screen",
        ctx -> {
          PartyRequest request = RequestBodies.read(ctx, PartyRequest.class);
          RequestBodies.json(ctx, 200, screening.screenOne(request, Caller.of(ctx)));
        },
        Permission.SCREENER);
    routes.post(
        "/api/screen/batch",
        ctx -> {
          if (RequestBodies.isCsv(ctx)) {
            streamCsv(ctx, screening, maxCsvBytes);
          } else {
            jsonBatch(ctx, screening);
          }
        },
        Permission.SCREENER);
  }

  private static void jsonBatch(Context ctx, PartyScreening screening) {
    List<PartyRequest> requests =
        RequestBodies.read(ctx, new TypeReference<List<PartyRequest>>() {});
    if (requests.size() > MAX_JSON_BATCH) {
      throw new InvalidInputException(
          "A JSON batch holds at most "
              + MAX_JSON_BATCH
              + " parties (found "
              + requests.size()
              + "); send larger batches as CSV (Content-Type: text/csv).");
    }
    List<ObjectNode> results =
        screening.screen(requests, Caller.of(ctx), PartyScreening.Channel.API, true);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode array = body.putArray("results");
    for (int i = 0; i < results.size(); i++) {
      ObjectNode result = results.get(i);
      result.put("index", i);
      array.add(result);
    }
    RequestBodies.json(ctx, 200, body);
  }

  /**
   * Reads the CSV as it arrives, and sends each chunk's results once they are recorded: a client
   * holds a result line only for a decision the audit log already has. Every non-blank line of the
   * file gets one line back, a result or an {@code error} naming its line (a quote left open spoils
   * its own line only), and the stream ends with {@code {"summary": {"records", "answered",
   * "refused", "complete": true}}}. A header problem is a 422 before anything is sent; a problem
   * that ends the reading later (text that is not UTF-8) ends the stream with a line {@code
   * {"error": ..., "fatal": true}} and no summary.
   */
  private static void streamCsv(Context ctx, PartyScreening screening, long maxCsvBytes)
      throws IOException {
    Caller caller = Caller.of(ctx);
    try (PartyCsvReader reader =
        new PartyCsvReader(
            new InputStreamReader(Uploads.stream(ctx, maxCsvBytes), StandardCharsets.UTF_8),
            "upload.csv",
            InputLimits.defaults())) {
      ctx.status(200);
      ctx.contentType("application/x-ndjson");
      OutputStream out = ctx.outputStream();
      List<PartyRow> chunk = new ArrayList<>(CSV_CHUNK);
      long records = 0;
      long refused = 0;
      while (true) {
        Optional<PartyRow> next;
        try {
          next = reader.next();
        } catch (RuntimeException e) {
          send(chunk, screening, caller, out);
          fatal(e, out);
          return;
        }
        if (next.isPresent()) {
          chunk.add(next.get());
        }
        if (chunk.size() == CSV_CHUNK || (next.isEmpty() && !chunk.isEmpty())) {
          records += chunk.size();
          refused += send(chunk, screening, caller, out);
          chunk.clear();
        }
        if (next.isEmpty()) {
          byte[] summary = (new BatchSummary(records, refused).json() + "\n").getBytes(UTF_8);
          out.write(summary);
          out.flush();
          return;
        }
      }
    }
  }

  /** Screens, records and sends one chunk; returns how many of its rows were refused. */
  private static int send(
      List<PartyRow> rows, PartyScreening screening, Caller caller, OutputStream out)
      throws IOException {
    if (rows.isEmpty()) {
      return 0;
    }
    List<PartyRequest> requests = new ArrayList<>(rows.size());
    for (PartyRow row : rows) {
      if (!row.isBroken()) {
        requests.add(PartyRequest.of(row.party(), row.id()));
      }
    }
    List<ObjectNode> results =
        requests.isEmpty()
            ? List.of()
            : screening.screen(requests, caller, PartyScreening.Channel.API, true);
    StringBuilder lines = new StringBuilder();
    int refused = 0;
    int next = 0;
    for (PartyRow row : rows) {
      ObjectNode line = JsonNodeFactory.instance.objectNode();
      line.put("id", row.id());
      line.put("line", row.line());
      if (row.isBroken()) {
        line.put("error", row.problem());
      } else {
        line.setAll(results.get(next++));
      }
      if (line.has("error")) {
        line.set("hits", JsonNodeFactory.instance.arrayNode());
        refused++;
      }
      lines.append(line).append('\n');
    }
    out.write(lines.toString().getBytes(UTF_8));
    out.flush();
    return refused;
  }

  private static void fatal(RuntimeException e, OutputStream out) throws IOException {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("error", e.getMessage());
    line.put("fatal", true);
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}

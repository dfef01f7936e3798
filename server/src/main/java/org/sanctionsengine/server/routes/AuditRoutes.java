package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.ChainProblem;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Permission;

/**
 * The audit log for administrators: verify the chain ({@code GET /api/audit/verify}) and read the
 * last entries with every hashed field as stored ({@code GET /api/audit/entries?last=N}), the same
 * as {@code sanctions audit verify} and {@code audit show --json}.
 */
public final class AuditRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  static final int MAX_ENTRIES = 1_000;

  private AuditRoutes() {}

  public static void register(RoutesConfig routes, Engine engine) {
    routes.get(
        "/api/audit/verify",
        ctx -> {
          ChainVerification result = engine.storage().auditLog().verify();
          RequestBodies.json(ctx, 200, verification(result));
        },
        Permission.ADMIN);
    routes.get(
        "/api/audit/entries",
        ctx -> {
          int last = last(ctx.queryParam("last"));
          ObjectNode body = JSON.objectNode();
          ArrayNode entries = body.putArray("entries");
          for (AuditEntry entry : engine.storage().auditLog().last(last)) {
            entries.add(entry(entry));
          }
          RequestBodies.json(ctx, 200, body);
        },
        Permission.ADMIN);
  }

  private static int last(String text) {
    if (text == null) {
      return 20;
    }
    try {
      int last = Integer.parseInt(text.strip());
      if (last >= 1 && last <= MAX_ENTRIES) {
        return last;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new InvalidInputException(
        "last=" + text + ": expected a number from 1 to " + MAX_ENTRIES + ".");
  }

  static ObjectNode verification(ChainVerification result) {
    ObjectNode body = JSON.objectNode();
    body.put("valid", result.isValid());
    body.put("entriesChecked", result.entriesChecked());
    body.put("headSequence", result.head().sequence());
    body.put("headHash", result.head().headHash().hex());
    body.put("checkpointSequence", result.checkpoint().sequence());
    body.put("checkpointHash", result.checkpoint().headHash().hex());
    ArrayNode problems = body.putArray("problems");
    for (ChainProblem problem : result.problems()) {
      problems.add(problem.describe());
    }
    return body;
  }

  static ObjectNode entry(AuditEntry entry) {
    DecisionRecord r = entry.record();
    ObjectNode node = JSON.objectNode();
    node.put("sequence", entry.sequence());
    node.put("recordedAt", AuditChain.formatRecordedAt(entry.recordedAt()));
    node.put("kind", r.kind().code());
    node.put("outcome", r.outcome());
    node.put("regimeVersion", r.regimeVersion());
    node.put("listSnapshots", String.join(",", r.listSnapshotIds()));
    node.put("subject", r.subject().text());
    node.put("decision", r.decision().text());
    node.put("previousHash", entry.previousHash().hex());
    node.put("hash", entry.hash().hex());
    return node;
  }
}

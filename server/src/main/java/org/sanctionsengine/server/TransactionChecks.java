package org.sanctionsengine.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.scenario.Evaluator;
import org.sanctionsengine.scenario.Scenario;
import org.sanctionsengine.scenario.Scenarios;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.DecisionJson;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;
import org.sanctionsengine.server.access.Caller;

/**
 * Judges shipments against the regime (or a scenario's version of it), records every decision in
 * the audit log before anyone sees it, and answers with the decision JSON of {@code sanctions
 * check}. A batch counts capped deliveries in date order, as the command line does, and is recorded
 * as one unit.
 */
public final class TransactionChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Engine engine;

  public TransactionChecks(Engine engine) {
    this.engine = engine;
  }

  /** The regime's screener, or the one a scenario (built-in name) makes of it with violations. */
  public Screener screener(String scenario, List<String> violations) {
    if (scenario.isBlank()) {
      if (!violations.isEmpty()) {
        throw new InvalidInputException(
            "violation applies to a scenario: give the scenario parameter as well.");
      }
      return engine.screener();
    }
    Scenario chosen = builtIn(scenario);
    for (String violation : violations) {
      chosen = Scenarios.withViolation(chosen, violation);
    }
    return new Screener(Evaluator.apply(engine.regime(), chosen).regime());
  }

  /** A built-in scenario by name; the server never reads scenario files from its disk. */
  public Scenario builtIn(String name) {
    if (!Scenarios.BUILT_IN.contains(name)) {
      throw new InvalidInputException(
          "Unknown scenario '"
              + name
              + "': expected one of "
              + String.join(", ", Scenarios.BUILT_IN)
              + ". The server offers the built-in scenarios; use the command line for a scenario"
              + " file.");
    }
    return engine.scenarios().load(name);
  }

  /** One shipment; an invalid field is an error (422). */
  public ObjectNode checkOne(ShipmentRequest request, Screener screener, Caller caller) {
    Shipment shipment =
        ShipmentFields.shipment(
            request.raw(), ShipmentFields.Naming.JSON, screener.regime().claims().keySet());
    Decision decision = screener.check(shipment);
    AuditEntry entry =
        engine.storage().auditLog().append(record(decision, screener, caller, "api"));
    return result(decision, entry);
  }

  /** Shipments given as JSON, in order: each a decision or an error naming its problem. */
  public ObjectNode checkAll(List<ShipmentRequest> requests, Screener screener, Caller caller) {
    List<ShipmentRow> rows = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ShipmentRequest request = requests.get(i);
      try {
        rows.add(
            new ShipmentRow.Valid(
                i,
                ShipmentFields.batchShipment(
                    request.raw(),
                    ShipmentFields.Naming.JSON,
                    screener.regime().claims().keySet())));
      } catch (InvalidInputException e) {
        rows.add(
            new ShipmentRow.Invalid(i, request.id() == null ? "" : request.id(), e.getMessage()));
      }
    }
    return judge(rows, screener, caller, "api");
  }

  /**
   * Rows read from a file (CSV upload), in order: judged together, caps counted in date order,
   * recorded as one unit.
   */
  public ObjectNode judge(
      List<ShipmentRow> rows, Screener screener, Caller caller, String channel) {
    List<Shipment> valid = new ArrayList<>();
    for (ShipmentRow row : rows) {
      if (row instanceof ShipmentRow.Valid v) {
        valid.add(v.shipment());
      }
    }
    BatchScreener.Result judged = new BatchScreener(screener).screen(valid);
    List<DecisionRecord> records = new ArrayList<>();
    for (Decision d : judged.decisions()) {
      records.add(record(d, screener, caller, channel));
    }
    List<AuditEntry> entries = engine.storage().auditLog().appendAll(records);
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode results = answer.putArray("results");
    int next = 0;
    for (ShipmentRow row : rows) {
      switch (row) {
        case ShipmentRow.Valid v -> {
          results.add(result(judged.decisions().get(next), entries.get(next)));
          next++;
        }
        case ShipmentRow.Invalid invalid -> results.add(error(invalid));
      }
    }
    answer.set("summary", DecisionJson.summary(judged.capUsage()).get("summary"));
    return answer;
  }

  private static DecisionRecord record(
      Decision decision, Screener screener, Caller caller, String channel) {
    ObjectNode subject = DecisionJson.MAPPER.createObjectNode();
    ObjectNode shipment = DecisionJson.decision(decision);
    for (String field : List.of("decision", "measures", "bindingAuthorities", "notes")) {
      shipment.remove(field);
    }
    subject.set("shipment", shipment);
    subject.put("requestedBy", caller.holder());
    subject.put("channel", channel);
    subject.put("regime", screener.regime().name());
    return new DecisionRecord(
        DecisionKind.TRANSACTION_CHECK,
        CanonicalJson.of(subject),
        decision.outcome().name().toLowerCase(Locale.ROOT),
        CanonicalJson.of(DecisionJson.decision(decision)),
        List.of(),
        token(decision.regimeVersion()));
  }

  /** A regime version as the audit log's token rules allow it. */
  private static String token(String version) {
    String cleaned = version.replaceAll("[^A-Za-z0-9._:/@+-]", "-");
    return cleaned.isEmpty() || !Character.isLetterOrDigit(cleaned.charAt(0))
        ? "v" + cleaned
        : cleaned;
  }

  private static ObjectNode result(Decision decision, AuditEntry entry) {
    ObjectNode node = DecisionJson.decision(decision);
    node.put("decisionId", entry.sequence());
    node.put("recordedAt", entry.recordedAt().toString());
    return node;
  }

  private static ObjectNode error(ShipmentRow.Invalid row) {
    ObjectNode node = JSON.createObjectNode();
    if (!row.id().isEmpty()) {
      node.put("id", row.id());
    }
    node.put("error", row.problem());
    return node;
  }
}

package org.sanctionsengine.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.audit.Raised;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchJson;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Screens parties against the current lists, records every decision in the audit log before anyone
 * sees it, and raises a case for each hit at or above the threshold. A batch is recorded as one
 * unit: all of its decisions, or none.
 */
public final class PartyScreening {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a screening came from, recorded with it. */
  public enum Channel {
    API("api"),
    RECONCILIATION("reconciliation");

    private final String code;

    Channel(String code) {
      this.code = code;
    }
  }

  private final Engine engine;

  public PartyScreening(Engine engine) {
    this.engine = engine;
  }

  /** One party; an invalid field is an error (422). */
  public ObjectNode screenOne(PartyRequest request, Caller caller) {
    ObjectNode result = screen(List.of(request), caller, Channel.API, true, false).get(0);
    if (result.has("error")) {
      throw new InvalidInputException(result.get("error").asText());
    }
    return result;
  }

  /**
   * Several parties, in order: each a result, or an {@code error} naming what is wrong with that
   * party (the others are still screened). As in every batch, a field that only narrows the search
   * (type, birth date, country, an IMO number beside a name) and cannot be read is left out with a
   * {@code warnings} entry rather than keeping the party from being screened.
   */
  public List<ObjectNode> screen(
      List<PartyRequest> requests, Caller caller, Channel channel, boolean raiseCases) {
    return screen(requests, caller, channel, raiseCases, true);
  }

  private List<ObjectNode> screen(
      List<PartyRequest> requests,
      Caller caller,
      Channel channel,
      boolean raiseCases,
      boolean batch) {
    ListsView.View view = requireLists();
    List<Screened> screened = new ArrayList<>();
    for (PartyRequest request : requests) {
      screened.add(screen(request, view, batch));
    }
    List<DecisionRecord> records = new ArrayList<>();
    for (Screened s : screened) {
      if (s.error().isEmpty()) {
        records.add(record(s, view, caller, channel));
      }
    }
    List<AuditEntry> entries = engine.storage().auditLog().appendAll(records);
    List<ObjectNode> results = new ArrayList<>();
    int recorded = 0;
    for (Screened s : screened) {
      if (!s.error().isEmpty()) {
        ObjectNode error = JSON.createObjectNode();
        error.put("error", s.error());
        results.add(error);
        continue;
      }
      AuditEntry entry = entries.get(recorded++);
      ArrayNode cases = raiseCases ? raise(s, entry, view) : JSON.createArrayNode();
      results.add(result(s, entry, cases, view));
    }
    return results;
  }

  /** A party screened, before it is recorded. */
  private record Screened(
      PartyRequest request,
      double threshold,
      String customer,
      List<Match> hits,
      ArrayNode hitsJson,
      List<String> warnings,
      String error) {
    boolean isMatch() {
      return hits.stream().anyMatch(h -> h.isMatch(threshold));
    }
  }

  private Screened screen(PartyRequest request, ListsView.View view, boolean batch) {
    try {
      double threshold = request.thresholdOrDefault();
      PartyFields.Reading reading =
          batch
              ? request.fields().toBatchQuery()
              : new PartyFields.Reading(request.fields().toQuery(), List.of());
      String customer = request.customerOrName();
      List<Match> hits = Screening.hits(view.index(), reading.query(), threshold);
      // The hits as JSON, explanations included, are built once for the record and the answer.
      return new Screened(
          request,
          threshold,
          customer,
          hits,
          MatchJson.hits(hits, threshold),
          reading.warnings(),
          "");
    } catch (InvalidInputException e) {
      return new Screened(
          request, 0, "", List.of(), JSON.createArrayNode(), List.of(), e.getMessage());
    }
  }

  private static DecisionRecord record(
      Screened s, ListsView.View view, Caller caller, Channel channel) {
    ObjectNode subject = JSON.createObjectNode();
    var fields = s.request().fields();
    putIfPresent(subject, "name", fields.name());
    putIfPresent(subject, "type", fields.type());
    putIfPresent(subject, "birthDate", fields.birthDate());
    putIfPresent(subject, "country", fields.country());
    putIfPresent(subject, "imo", fields.imo());
    subject.put("customerId", s.customer());
    subject.put("threshold", s.threshold());
    subject.put("requestedBy", caller.holder());
    subject.put("channel", channel.code);
    ObjectNode decision = JSON.createObjectNode();
    decision.put("outcome", outcome(s));
    if (!s.warnings().isEmpty()) {
      ArrayNode warnings = decision.putArray("warnings");
      s.warnings().forEach(warnings::add);
    }
    ArrayNode hits = decision.putArray("hits");
    for (int i = 0; i < s.hits().size(); i++) {
      Match hit = s.hits().get(i);
      ObjectNode node = ((ObjectNode) s.hitsJson().get(i)).deepCopy();
      node.put("entryVersion", view.version(hit.entity()));
      hits.add(node);
    }
    return new DecisionRecord(
        DecisionKind.PARTY_SCREENING,
        CanonicalJson.of(subject),
        outcome(s),
        CanonicalJson.of(decision),
        view.snapshotIds(),
        "none");
  }

  private ArrayNode raise(Screened s, AuditEntry entry, ListsView.View view) {
    ArrayNode cases = JSON.createArrayNode();
    for (Match hit : s.hits()) {
      if (!hit.isMatch(s.threshold())) {
        continue;
      }
      Alert alert =
          new Alert(
              s.customer(),
              hit.entity().ref().key(),
              view.version(hit.entity()),
              MatchJson.rounded(hit.score()),
              entry.sequence());
      Raised raised = engine.storage().cases().raise(alert);
      Case concerned = raised.concerned();
      ObjectNode node = cases.addObject();
      node.put("caseId", concerned.id());
      node.put("entityId", hit.entity().ref().key());
      node.put(
          "raised",
          switch (raised) {
            case Raised.Opened o -> "opened";
            case Raised.AlreadyOpen a -> "already-open";
            case Raised.Suppressed x -> "suppressed";
            case Raised.Confirmed x -> "confirmed-match";
          });
      node.put("state", concerned.state().code());
    }
    return cases;
  }

  private static ObjectNode result(
      Screened s, AuditEntry entry, ArrayNode cases, ListsView.View view) {
    ObjectNode node = JSON.createObjectNode();
    node.put("decisionId", entry.sequence());
    node.put("recordedAt", entry.recordedAt().toString());
    node.put("customerId", s.customer());
    node.put("name", s.request().fields().name());
    node.put("threshold", s.threshold());
    node.put("outcome", outcome(s));
    node.set("hits", s.hitsJson());
    node.set("cases", cases);
    if (!s.warnings().isEmpty()) {
      ArrayNode warnings = node.putArray("warnings");
      s.warnings().forEach(warnings::add);
    }
    ArrayNode snapshots = node.putArray("listSnapshots");
    view.snapshotIds().forEach(snapshots::add);
    return node;
  }

  private static String outcome(Screened s) {
    return s.isMatch() ? "match" : "no-match";
  }

  private ListsView.View requireLists() {
    ListsView.View view = engine.lists().current();
    if (view.isEmpty()) {
      throw new ProblemException(
          Problem.of(
              503,
              "no-lists",
              "No lists loaded",
              "No list snapshots are loaded: there is nothing to screen against. Import a list with"
                  + " `sanctions lists import FILE` or `sanctions lists update`; the server picks it up"
                  + " within "
                  + Engine.LIST_CHECK_SECONDS
                  + " seconds."));
    }
    return view;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}

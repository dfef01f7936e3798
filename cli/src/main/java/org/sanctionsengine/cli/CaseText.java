package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseEvent;
import org.sanctionsengine.audit.FourEyesNotes;
import org.sanctionsengine.audit.Reviewer;
import org.sanctionsengine.storage.Storage;

/** How the case commands print a case. */
final class CaseText {
  private CaseText() {}

  static String row(Case c) {
    return String.format(
        Locale.ROOT,
        "%-6d %-19s %-14s %-16s %-12s %5.2f",
        c.id(),
        c.state().code(),
        c.alert().customerId(),
        c.alert().listEntryId(),
        c.alert().entryVersion(),
        c.alert().score());
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-6s %-19s %-14s %-16s %-12s %5s",
        "CASE",
        "STATE",
        "CUSTOMER",
        "LIST ENTRY",
        "VERSION",
        "SCORE");
  }

  static void details(Case c, Storage storage, PrintWriter out) {
    out.println("case " + c.id() + ": " + c.state().code());
    out.println("  customer     " + c.alert().customerId());
    out.println(
        "  list entry   "
            + c.alert().listEntryId()
            + " (version "
            + c.alert().entryVersion()
            + ")");
    out.println("  score        " + c.alert().score());
    if (c.alert().decisionSequence() > 0) {
      out.println("  decision     audit entry " + c.alert().decisionSequence());
    }
    List<AuditEntry> trail = storage.caseStore().auditTrail(c.id());
    out.println(
        "  audit        entries "
            + trail.stream()
                .map(e -> Long.toString(e.sequence()))
                .collect(Collectors.joining(", ")));
    storage
        .cases()
        .chainSays(c)
        .ifPresent(
            how -> out.println("  WARNING      the row disagrees with the audit chain: " + how));
    Map<Long, ApiKey> keys = new HashMap<>();
    storage.apiKeys().list().forEach(k -> keys.put(k.id(), k));
    out.println("  history");
    List<FourEyesNotes.Step> steps = new ArrayList<>();
    for (int i = 0; i < c.events().size(); i++) {
      CaseEvent event = c.events().get(i);
      long sequence = i < trail.size() ? trail.get(i).sequence() : 0;
      steps.add(new FourEyesNotes.Step(event.action(), sequence, event.reviewer()));
      out.println(
          "    "
              + AuditChain.formatRecordedAt(event.at())
              + "  "
              + event.action().code()
              + " by "
              + who(event.reviewer(), keys)
              + (sequence > 0 ? " [audit entry " + sequence + "]" : "")
              + ": "
              + event.reason());
    }
    for (String note : FourEyesNotes.of(c.id(), steps, id -> issuer(keys, id))) {
      out.println("  NOTE         " + note);
    }
  }

  private static String who(Reviewer reviewer, Map<Long, ApiKey> keys) {
    ApiKey key = keys.get(reviewer.keyId());
    if (reviewer.keyId() == 0 || key == null) {
      return reviewer.toString();
    }
    return reviewer.name() + " (key " + key.id() + ", issued by " + key.issuer() + ")";
  }

  private static Optional<Issuer> issuer(Map<Long, ApiKey> keys, long id) {
    return Optional.ofNullable(keys.get(id)).map(ApiKey::issuer);
  }
}

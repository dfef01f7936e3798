package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.scenario.DiffReport;
import org.sanctionsengine.scenario.Flip;
import org.sanctionsengine.scenario.Tally;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Shipment;

/** A scenario diff as text for people: counts, tallies of unlocked trade, then every flip. */
final class DiffText {
  private DiffText() {}

  static void print(DiffReport r, String portfolio, int maxFlips, PrintWriter out) {
    out.println("Scenario " + r.scenario() + ": " + r.scenarioTitle());
    out.printf(
        Locale.ROOT,
        "Portfolio %s: %,d transactions, %s%n",
        portfolio,
        r.transactions(),
        r.asOf().map(d -> "all judged as of " + d).orElse("each judged on its own date"));
    out.printf(Locale.ROOT, "%n%-17s %12s %12s%n", "decision", "regime", "scenario");
    for (Outcome o : Outcome.values()) {
      out.printf(
          Locale.ROOT,
          "%-17s %,12d %,12d%n",
          o,
          r.before().getOrDefault(o, 0L),
          r.after().getOrDefault(o, 0L));
    }
    long unlocked = r.flips().size() - r.tightened();
    out.printf(
        Locale.ROOT,
        "%nFlipped decisions: %,d (%,d unlocked, %,d stricter)%n",
        r.flips().size(),
        unlocked,
        r.tightened());
    out.println("Unlocked trade: " + tally(r.unlocked()));
    String twice = "; a transaction freed from two of them counts under both";
    section("By measure (unlocked trade" + twice + ")", r.byMeasure(), out);
    section("By HS chapter (unlocked trade)", r.byChapter(), out);
    section("By authority (unlocked trade" + twice + ")", r.byAuthority(), out);
    flips(r.flips(), maxFlips, out);
    out.flush();
  }

  private static void section(String title, List<Tally> tallies, PrintWriter out) {
    out.println();
    out.println(title + ":");
    if (tallies.isEmpty()) {
      out.println("  (none)");
    }
    for (Tally t : tallies) {
      out.println("  " + t.key() + "  " + t.label());
      out.println("      " + tally(t));
    }
  }

  static String tally(Tally t) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%,d transactions, USD %,.0f", t.transactions(), t.valueUsd()));
    for (Map.Entry<String, Double> q : t.sortedQuantities().entrySet()) {
      text.append(String.format(Locale.ROOT, ", %,.0f %s", q.getValue(), q.getKey()));
    }
    if (t.otherCurrency() > 0) {
      text.append(
          String.format(
              Locale.ROOT, " (%,d values in other currencies not summed)", t.otherCurrency()));
    }
    return text.toString();
  }

  private static void flips(List<Flip> flips, int max, PrintWriter out) {
    out.println();
    out.println(
        "Flipped decisions (id, date, from -> to, HS, value: regime -> scenario; measures"
            + " relieved):");
    int shown = 0;
    for (Flip f : flips) {
      if (max > 0 && shown == max) {
        out.printf(Locale.ROOT, "  ... %,d more (--max-flips 0 shows all)%n", flips.size() - max);
        break;
      }
      out.println("  " + line(f));
      shown++;
    }
  }

  static String line(Flip f) {
    Shipment s = f.shipment();
    return String.format(
        Locale.ROOT,
        "%s %s %s -> %s %s %s: %s -> %s; %s",
        s.id().isEmpty() ? "-" : s.id(),
        s.date(),
        s.from(),
        s.to(),
        s.goods().dotted(),
        s.value().map(Object::toString).orElse("no value"),
        f.before(),
        f.after(),
        f.relieved().isEmpty()
            ? "stricter under the scenario"
            : String.join(", ", f.relieved().stream().map(Measure::id).toList()));
  }
}

package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.screening.CapUsage;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Finding;
import org.sanctionsengine.screening.Shipment;

/** Decisions as text for people: the outcome, then one explained line per measure, then notes. */
final class DecisionText {
  private DecisionText() {}

  static void print(Decision d, PrintWriter out) {
    Shipment s = d.shipment();
    String origin = s.origin().equals(s.from()) ? "" : " (origin " + s.origin() + ")";
    String what = s.description().isEmpty() ? "" : " \"" + s.description() + "\"";
    String id = s.id().isEmpty() ? "" : "[" + s.id() + "] ";
    out.printf(
        Locale.ROOT,
        "%s%s  %s  %s -> %s%s  HS %s%s%n",
        id,
        d.outcome(),
        s.date(),
        s.from(),
        s.to(),
        origin,
        s.goods().dotted(),
        what);
    if (!d.bindingAuthorities().isEmpty()) {
      out.println(
          "  binding: "
              + List.of(Authority.values()).stream()
                  .filter(d.bindingAuthorities()::contains)
                  .map(Authority::code)
                  .collect(Collectors.joining(", ")));
    }
    for (Finding f : d.findings()) {
      out.printf(
          Locale.ROOT,
          "  %-16s %s %s [%s; %s]%n      %s%n",
          f.effect(),
          f.measure().provision().instrument().citation(),
          f.measure().provision().paragraph(),
          f.measure().authority().code(),
          f.measure().basis().status().label(),
          f.explanation());
    }
    for (String note : d.notes()) {
      out.println("  note: " + note);
    }
    for (String warning : s.warnings()) {
      out.println("  warning: " + warning);
    }
  }

  static void printCaps(List<CapUsage> usage, PrintWriter out) {
    if (usage.isEmpty()) {
      return;
    }
    out.println("Cap usage (deliveries counted in date order):");
    for (CapUsage u : usage) {
      out.println("  " + u.describe());
    }
  }
}

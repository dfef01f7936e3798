package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.goods.Coverage;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapSchedule;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.InForce;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.regime.Regime;

/**
 * Checks a scenario's changes against the regime: every measure id exists, each change suits its
 * measure's kind, takes effect within the measure's life and not before its phase, and no two
 * changes on one measure contradict each other on the same days.
 */
final class ScenarioChecks {
  private final Regime regime;
  private final FileProblems problems;

  ScenarioChecks(Regime regime, FileProblems problems) {
    this.regime = regime;
    this.problems = problems;
  }

  void check(Scenario scenario, NodeFields root, List<Located> changes) {
    for (Located located : changes) {
      Optional<Measure> measure = regime.measure(located.change().measureId());
      if (measure.isEmpty()) {
        problems.add(located.line(), located.path(), unknown(located.change().measureId()));
        continue;
      }
      suits(located, measure.get()).ifPresent(p -> problems.add(located.line(), located.path(), p));
      when(located, measure.get()).ifPresent(p -> problems.add(located.line(), located.path(), p));
    }
    for (int i = 0; i < changes.size(); i++) {
      for (int j = i + 1; j < changes.size(); j++) {
        Located a = changes.get(i);
        Located b = changes.get(j);
        contradiction(a, b).ifPresent(p -> problems.add(b.line(), b.path(), p));
      }
    }
    if (scenario.operations().isEmpty() && scenario.phases().isEmpty() && problems.isEmpty()) {
      root.problem("operations", "the scenario changes nothing; give operations or phases");
    }
  }

  private String unknown(String id) {
    String closest =
        regime.measures().stream()
            .map(Measure::id)
            .max(Comparator.comparingInt(candidate -> common(candidate, id)))
            .orElse("");
    return "unknown measure id '"
        + id
        + "'; expected the id of a measure of the "
        + regime.name().toUpperCase(java.util.Locale.ROOT)
        + " regime (did you mean '"
        + closest
        + "'?). Ids are listed in the regime's data files (docs/regime-data.md)";
  }

  /** Length of the common prefix, a cheap closeness that suits ids built as instrument-op-name. */
  private static int common(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static Optional<String> suits(Located located, Measure measure) {
    String id = measure.id();
    String kind = measure.kindCode();
    return switch (located.change()) {
      case ScenarioChange.Lift l -> Optional.empty();
      case ScenarioChange.Suspend s -> Optional.empty();
      case ScenarioChange.AddExemption a -> Optional.empty();
      case ScenarioChange.RemoveCap r ->
          measure instanceof GoodsMeasure.QuantityCap
              ? Optional.empty()
              : Optional.of(notCap(id, kind, "remove-cap"));
      case ScenarioChange.RaiseCap r ->
          measure instanceof GoodsMeasure.QuantityCap cap
              ? raise(r, cap)
              : Optional.of(notCap(id, kind, "raise-cap"));
      case ScenarioChange.NarrowScope n ->
          measure instanceof GoodsMeasure goods
              ? narrow(n, goods)
              : Optional.of(
                  "'narrow-scope' applies to goods measures, but '"
                      + id
                      + "' is a "
                      + kind
                      + " measure with no goods; use 'lift' or 'add-exemption'");
    };
  }

  private static String notCap(String id, String kind, String op) {
    return "'"
        + op
        + "' applies to quantity caps, but '"
        + id
        + "' is a "
        + kind
        + " measure; use 'lift' to take it away";
  }

  private static Optional<String> raise(ScenarioChange.RaiseCap r, GoodsMeasure.QuantityCap cap) {
    if (cap.cap().perState()) {
      return Optional.of(
          "the cap of '"
              + cap.id()
              + "' is each supplying state's own baseline, which the engine does not know, so it"
              + " cannot be raised; use 'remove-cap' or 'lift'");
    }
    for (CapLimit limit : r.limits()) {
      List<Long> current =
          cap.cap().schedules().stream()
              .map(CapSchedule::limits)
              .flatMap(List::stream)
              .filter(l -> l.unit() == limit.unit())
              .map(CapLimit::amount)
              .toList();
      if (current.isEmpty()) {
        return Optional.of(
            "the cap of '"
                + cap.id()
                + "' has no limit in "
                + limit.unit().code()
                + "; its limits are in "
                + String.join(
                    ", ",
                    cap.cap().schedules().stream()
                        .flatMap(s -> s.limits().stream())
                        .map(l -> l.unit().code())
                        .distinct()
                        .toList()));
      }
      long highest = current.stream().mapToLong(Long::longValue).max().orElse(0);
      if (limit.amount() <= highest) {
        return Optional.of(
            "the new limit of "
                + limit.amount()
                + " "
                + limit.unit().code()
                + " is not above the cap's current "
                + highest
                + "; 'raise-cap' only raises (to tighten, leave the cap as it is)");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> narrow(ScenarioChange.NarrowScope n, GoodsMeasure goods) {
    Direction way = goods.basis().direction();
    if (n.direction() != Direction.BOTH && way != Direction.BOTH && n.direction() != way) {
      return Optional.of(
          "'"
              + goods.id()
              + "' catches goods "
              + way.code()
              + " only, not "
              + n.direction().code());
    }
    for (HsRange range : n.exclude()) {
      HsCode first = range.first();
      if (goods.scope().coverage(first) == Coverage.NONE && !inside(goods, first)) {
        return Optional.of(
            "the excluded goods '"
                + range
                + "' lie outside the measure's goods ("
                + goods.scope()
                + "), so excluding them changes nothing; check the code or the measure");
      }
    }
    return Optional.empty();
  }

  /** True when some included code of the measure lies inside {@code code}. */
  private static boolean inside(GoodsMeasure goods, HsCode code) {
    return goods.scope().includedCodes().stream().anyMatch(code::covers);
  }

  private static Optional<String> when(Located located, Measure measure) {
    InForce life = measure.basis().inForce();
    LocalDate from = located.change().period().from();
    if (!life.includes(from)) {
      String lifeText =
          life.from() + life.endsOn().map(end -> " to " + end).orElse(" on (open-ended)");
      return Optional.of(
          "the operation takes effect on "
              + from
              + ", outside the life of '"
              + measure.id()
              + "' (in force from "
              + lifeText
              + "); give a 'from' date within it, or pick the measure in force then");
    }
    if (from.isBefore(located.phaseStart())) {
      return Optional.of(
          "the operation takes effect on "
              + from
              + ", before its phase '"
              + located.phase()
              + "' starts ("
              + located.phaseStart()
              + "); phases apply in order, so give a 'from' on or after the phase's start");
    }
    return Optional.empty();
  }

  private static Optional<String> contradiction(Located a, Located b) {
    ScenarioChange x = a.change();
    ScenarioChange y = b.change();
    if (!x.measureId().equals(y.measureId()) || !overlap(x.period(), y.period())) {
      return Optional.empty();
    }
    String days = overlapText(x.period(), y.period());
    String both =
        "'" + x.measureId() + "' " + days + ": " + a.where() + " and this '" + y.kindCode() + "'";
    String fix = "; give the first an 'until' before the second takes effect, or remove one";
    if (x.removes() || y.removes()) {
      if (x.removes() && y.removes()) {
        return Optional.of(both + " both take the measure away on the same days" + fix);
      }
      return Optional.of(
          both + " contradict each other: a measure taken away cannot also be changed" + fix);
    }
    if (x instanceof ScenarioChange.RaiseCap r1 && y instanceof ScenarioChange.RaiseCap r2) {
      for (CapLimit l1 : r1.limits()) {
        for (CapLimit l2 : r2.limits()) {
          if (l1.unit() == l2.unit()) {
            String verb =
                l1.amount() == l2.amount()
                    ? " set the same cap twice"
                    : " set two different caps ("
                        + l1.amount()
                        + " and "
                        + l2.amount()
                        + " "
                        + l1.unit().code()
                        + ") for the same days";
            return Optional.of(both + verb + fix);
          }
        }
      }
    }
    if (x instanceof ScenarioChange.AddExemption e1
        && y instanceof ScenarioChange.AddExemption e2
        && e1.exemption().claim().equals(e2.exemption().claim())) {
      return Optional.of(
          both
              + " add the exemption '"
              + e1.exemption().claim()
              + "' twice on the same days"
              + fix);
    }
    return Optional.empty();
  }

  private static boolean overlap(InForce a, InForce b) {
    return !a.from().isAfter(b.lastDay()) && !b.from().isAfter(a.lastDay());
  }

  private static String overlapText(InForce a, InForce b) {
    LocalDate from = a.from().isAfter(b.from()) ? a.from() : b.from();
    LocalDate last = a.lastDay().isBefore(b.lastDay()) ? a.lastDay() : b.lastDay();
    return last.equals(LocalDate.MAX) ? "from " + from + " on" : "from " + from + " to " + last;
  }
}

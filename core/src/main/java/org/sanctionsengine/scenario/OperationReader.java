package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapUnit;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.Exemption;
import org.sanctionsengine.regime.ExemptionYield;
import org.sanctionsengine.regime.InForce;
import org.sanctionsengine.regime.Status;

/**
 * Reads one entry of an {@code operations} list: exactly one kind key naming the measure(s), its
 * dates and the fields of its kind. An entry naming several measures becomes one change each.
 */
final class OperationReader {
  static final List<String> KINDS =
      List.of("lift", "suspend", "raise-cap", "remove-cap", "narrow-scope", "add-exemption");
  private static final Set<String> COMMON = Set.of("from", "until", "note");

  private final FileProblems problems;
  private final String scenario;

  OperationReader(FileProblems problems, String scenario) {
    this.problems = problems;
    this.scenario = scenario;
  }

  /** Where the operation sits: its phase, whose first day is the default effective date. */
  record Context(String phase, Optional<LocalDate> phaseStart) {}

  List<Located> read(Node node, String path, Context context) {
    Optional<NodeFields> found = NodeFields.of(problems, node, path, "an operation");
    if (found.isEmpty()) {
      return List.of();
    }
    NodeFields f = found.get();
    List<String> kinds = KINDS.stream().filter(f::has).toList();
    if (kinds.size() != 1) {
      problems.add(
          f.line(),
          path,
          (kinds.isEmpty() ? "no operation kind given" : "several kinds " + kinds + " in one entry")
              + "; expected exactly one of "
              + String.join(", ", KINDS)
              + " naming the measure id(s)");
      return List.of();
    }
    String kind = kinds.get(0);
    f.allowOnly(allowed(kind));
    List<String> measures = f.words(kind, true);
    Optional<InForce> period = period(f, kind, context);
    Optional<Body> body = body(f, kind);
    if (period.isEmpty() || body.isEmpty()) {
      return List.of();
    }
    String note = f.has("note") ? f.text("note", false).orElse("") : "";
    LocalDate start = context.phaseStart().orElse(LocalDate.MIN);
    List<Located> changes = new ArrayList<>();
    for (String measure : measures) {
      ScenarioChange change = body.get().change(measure, period.get(), note);
      changes.add(new Located(change, f.lineOf(kind), f.path(kind), context.phase(), start));
    }
    return changes;
  }

  private static Set<String> allowed(String kind) {
    Stream<String> extra =
        switch (kind) {
          case "raise-cap" -> Stream.of("limits");
          case "narrow-scope" -> Stream.of("exclude", "direction");
          case "add-exemption" ->
              Stream.of("claim", "project", "yields", "conditions", "paragraph");
          default -> Stream.of();
        };
    return Stream.concat(Stream.concat(COMMON.stream(), Stream.of(kind)), extra)
        .collect(Collectors.toSet());
  }

  private Optional<InForce> period(NodeFields f, String kind, Context context) {
    Optional<LocalDate> from =
        f.has("from") || context.phaseStart().isEmpty()
            ? f.date("from", true)
            : context.phaseStart();
    Optional<LocalDate> until = f.date("until", kind.equals("suspend"));
    if (from.isEmpty() || (f.has("until") && until.isEmpty())) {
      return Optional.empty();
    }
    LocalDate last = until.orElse(LocalDate.MAX);
    if (last.isBefore(from.get())) {
      f.problem(
          "until",
          "the operation ends on "
              + last
              + ", before it takes effect on "
              + from.get()
              + "; 'until' is the last day it applies (inclusive)");
      return Optional.empty();
    }
    return Optional.of(new InForce(from.get(), last));
  }

  /** What the kind needs besides the measure and the days. */
  private interface Body {
    ScenarioChange change(String measure, InForce period, String note);
  }

  private Optional<Body> body(NodeFields f, String kind) {
    return switch (kind) {
      case "lift" -> Optional.of(ScenarioChange.Lift::new);
      case "suspend" -> Optional.of(ScenarioChange.Suspend::new);
      case "remove-cap" -> Optional.of(ScenarioChange.RemoveCap::new);
      case "raise-cap" ->
          limits(f).map(limits -> (m, p, n) -> new ScenarioChange.RaiseCap(m, p, limits, n));
      case "narrow-scope" -> narrow(f);
      case "add-exemption" -> exemption(f);
      default -> throw new IllegalStateException("kind not in KINDS: " + kind);
    };
  }

  private Optional<List<CapLimit>> limits(NodeFields f) {
    List<Node> items = f.items("limits");
    if (!f.has("limits") || items.isEmpty()) {
      f.problem("limits", "missing; give the new limits, e.g. [{amount: 2000000, unit: barrels}]");
      return Optional.empty();
    }
    List<CapLimit> limits = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = f.path("limits") + "[" + i + "]";
      Optional<NodeFields> item = NodeFields.of(problems, items.get(i), at, "a limit");
      if (item.isEmpty()) {
        continue;
      }
      item.get().allowOnly(Set.of("amount", "unit"));
      Optional<Long> amount = item.get().amount("amount");
      Optional<CapUnit> unit = item.get().text("unit", true).flatMap(u -> unit(item.get(), u));
      if (amount.isPresent() && unit.isPresent()) {
        limits.add(new CapLimit(amount.get(), unit.get()));
      }
    }
    return limits.size() == items.size() ? Optional.of(limits) : Optional.empty();
  }

  private static Optional<CapUnit> unit(NodeFields f, String code) {
    for (CapUnit unit : CapUnit.values()) {
      if (unit.code().equals(code)) {
        return Optional.of(unit);
      }
    }
    f.problem("unit", "unknown unit '" + code + "'; expected barrels, tonnes or usd");
    return Optional.empty();
  }

  private Optional<Body> narrow(NodeFields f) {
    List<HsRange> exclude = new ArrayList<>();
    List<String> codes = f.words("exclude", true);
    for (String code : codes) {
      try {
        HsRange range = HsRange.parse(code);
        HsChapters.require(range.first());
        exclude.add(range);
      } catch (IllegalArgumentException | SanctionsException e) {
        f.problem(
            "exclude",
            "'"
                + code
                + "' is not an HS code or range of HS 2022; expected codes of 2, 4, 6, 8 or 10"
                + " digits in chapters 01-97 (77 is empty), or a range such as '2203-2208'");
      }
    }
    Direction direction = Direction.BOTH;
    if (f.has("direction")) {
      Optional<String> code = f.text("direction", false);
      Optional<Direction> parsed =
          Stream.of(Direction.values()).filter(d -> code.equals(Optional.of(d.code()))).findFirst();
      if (code.isPresent() && parsed.isEmpty()) {
        f.problem(
            "direction",
            "unknown direction '" + code.get() + "'; expected into-target, from-target or both");
        return Optional.empty();
      }
      direction = parsed.orElse(Direction.BOTH);
    }
    if (exclude.size() != codes.size() || codes.isEmpty()) {
      return Optional.empty();
    }
    Direction way = direction;
    return Optional.of((m, p, n) -> new ScenarioChange.NarrowScope(m, p, exclude, way, n));
  }

  private Optional<Body> exemption(NodeFields f) {
    Optional<String> claim = f.text("claim", true);
    Optional<String> conditions = f.text("conditions", true);
    ExemptionYield yields = ExemptionYield.PERMITTED;
    if (f.has("yields")) {
      Optional<String> code = f.text("yields", false);
      Optional<ExemptionYield> parsed =
          Stream.of(ExemptionYield.values())
              .filter(y -> code.equals(Optional.of(y.code())))
              .findFirst();
      if (parsed.isEmpty()) {
        code.ifPresent(
            c ->
                f.problem(
                    "yields",
                    "unknown yield '"
                        + c
                        + "'; expected one of "
                        + String.join(
                            ", ",
                            Stream.of(ExemptionYield.values())
                                .map(ExemptionYield::code)
                                .toList())));
        return Optional.empty();
      }
      yields = parsed.get();
    }
    if (claim.isPresent() && !claim.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      f.problem(
          "claim",
          "'"
              + claim.get()
              + "' is not a claim code; use lower-case words joined by hyphens (kaesong-complex)");
      return Optional.empty();
    }
    String project = f.has("project") ? f.text("project", false).orElse("") : "";
    String paragraph =
        f.has("paragraph") ? f.text("paragraph", false).orElse("") : "scenario " + scenario;
    if (claim.isEmpty() || conditions.isEmpty()) {
      return Optional.empty();
    }
    var exemption =
        new Exemption(claim.get(), paragraph, yields, conditions.get(), Status.INFERENCE);
    return Optional.of((m, p, n) -> new ScenarioChange.AddExemption(m, p, exemption, project, n));
  }
}

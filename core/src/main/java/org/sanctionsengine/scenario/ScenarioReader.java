package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.scenario.Scenario.Condition;
import org.sanctionsengine.scenario.Scenario.Phase;
import org.sanctionsengine.scenario.Scenario.ScenarioSource;
import org.sanctionsengine.scenario.Scenario.Violation;

/**
 * Reads a scenario file (YAML, or JSON when the name ends in {@code .json}; format in {@code
 * docs/scenarios.md}), checks it against the regime ({@link ScenarioChecks}) and returns it, or
 * throws a {@link ScenarioException} listing every problem with its file, line and field.
 */
final class ScenarioReader {
  private static final Set<String> ROOT =
      Set.of(
          "scenario",
          "title",
          "description",
          "sources",
          "conditions",
          "operations",
          "phases",
          "violations");

  private final Regime regime;

  ScenarioReader(Regime regime) {
    this.regime = regime;
  }

  Scenario read(String file, String origin, String text) {
    FileProblems problems = new FileProblems(file);
    Node root;
    try {
      root = NodeReader.read(text, file.endsWith(".json"));
    } catch (NodeReader.SyntaxError e) {
      problems.add(e.line, "", e.getMessage());
      problems.throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    Optional<NodeFields> fields = NodeFields.of(problems, root, "", "a scenario");
    if (fields.isEmpty()) {
      problems.throwIfAny();
    }
    NodeFields f = fields.orElseThrow();
    f.allowOnly(ROOT);
    String name = f.text("scenario", true).orElse("");
    if (!name.isEmpty() && !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      f.problem("scenario", "'" + name + "' is not a name; use lower-case words and hyphens");
    }
    List<Located> changes = new ArrayList<>();
    Scenario scenario =
        new Scenario(
            name,
            f.text("title", true).orElse(""),
            f.text("description", true).orElse(""),
            origin,
            sources(problems, f),
            conditions(problems, f),
            operations(problems, f, name, changes),
            phases(problems, f, name, changes),
            violations(problems, f));
    checkConditions(problems, f, scenario);
    new ScenarioChecks(regime, problems).check(scenario, f, changes);
    problems.throwIfAny();
    return scenario;
  }

  private static List<ScenarioSource> sources(FileProblems problems, NodeFields f) {
    List<ScenarioSource> sources = new ArrayList<>();
    List<Node> items = f.items("sources");
    for (int i = 0; i < items.size(); i++) {
      String at = f.path("sources") + "[" + i + "]";
      NodeFields.of(problems, items.get(i), at, "a source")
          .ifPresent(
              s -> {
                s.allowOnly(Set.of("key", "url", "published-on", "title"));
                Optional<String> key = s.text("key", true);
                Optional<String> url = s.text("url", true);
                Optional<LocalDate> on = s.date("published-on", true);
                String title = s.has("title") ? s.text("title", false).orElse("") : "";
                if (url.isPresent() && !url.get().matches("https?://\\S+")) {
                  s.problem(
                      "url", "'" + url.get() + "' is not a web address (http:// or https://)");
                }
                if (key.isPresent() && url.isPresent() && on.isPresent()) {
                  sources.add(new ScenarioSource(key.get(), url.get(), on.get(), title));
                }
              });
    }
    if (!f.has("sources")) {
      f.problem("sources", "missing; a scenario cites at least one public source (key, url, date)");
    }
    return sources;
  }

  private static List<Condition> conditions(FileProblems problems, NodeFields f) {
    List<Condition> conditions = new ArrayList<>();
    List<Node> items = f.items("conditions");
    for (int i = 0; i < items.size(); i++) {
      String at = f.path("conditions") + "[" + i + "]";
      NodeFields.of(problems, items.get(i), at, "a condition")
          .ifPresent(
              c -> {
                c.allowOnly(Set.of("id", "description"));
                Optional<String> id = c.text("id", true);
                Optional<String> description = c.text("description", true);
                if (id.isPresent() && conditions.stream().anyMatch(x -> x.id().equals(id.get()))) {
                  c.problem("id", "the condition '" + id.get() + "' is defined twice");
                } else if (id.isPresent() && description.isPresent()) {
                  conditions.add(new Condition(id.get(), description.get()));
                }
              });
    }
    return conditions;
  }

  private static List<ScenarioChange> operations(
      FileProblems problems, NodeFields f, String name, List<Located> all) {
    List<Located> read =
        list(problems, f, "operations", new OperationReader.Context("", Optional.empty()), name);
    all.addAll(read);
    return read.stream().map(Located::change).toList();
  }

  private static List<Located> list(
      FileProblems problems,
      NodeFields f,
      String field,
      OperationReader.Context context,
      String name) {
    OperationReader reader = new OperationReader(problems, name);
    List<Located> read = new ArrayList<>();
    List<Node> items = f.items(field);
    for (int i = 0; i < items.size(); i++) {
      read.addAll(reader.read(items.get(i), f.path(field) + "[" + i + "]", context));
    }
    return read;
  }

  private static List<Phase> phases(
      FileProblems problems, NodeFields f, String name, List<Located> all) {
    List<Phase> phases = new ArrayList<>();
    List<Node> items = f.items("phases");
    for (int i = 0; i < items.size(); i++) {
      String at = f.path("phases") + "[" + i + "]";
      Optional<NodeFields> found = NodeFields.of(problems, items.get(i), at, "a phase");
      if (found.isEmpty()) {
        continue;
      }
      NodeFields p = found.get();
      p.allowOnly(Set.of("name", "title", "starts-on", "conditions", "operations"));
      String phase = p.text("name", true).orElse("phase " + (i + 1));
      Optional<LocalDate> start = p.date("starts-on", true);
      List<String> conditions = p.has("conditions") ? p.words("conditions", false) : List.of();
      List<Located> read =
          list(problems, p, "operations", new OperationReader.Context(phase, start), name);
      if (!p.has("operations")) {
        p.problem("operations", "missing; a phase grants at least one operation");
      }
      all.addAll(read);
      String title = p.has("title") ? p.text("title", false).orElse("") : "";
      start.ifPresent(
          s ->
              phases.add(
                  new Phase(
                      phase, title, s, conditions, read.stream().map(Located::change).toList())));
    }
    return phases;
  }

  private static List<Violation> violations(FileProblems problems, NodeFields f) {
    List<Violation> violations = new ArrayList<>();
    List<Node> items = f.items("violations");
    for (int i = 0; i < items.size(); i++) {
      String at = f.path("violations") + "[" + i + "]";
      NodeFields.of(problems, items.get(i), at, "a violation")
          .ifPresent(
              v -> {
                v.allowOnly(Set.of("condition", "on", "note"));
                Optional<String> condition = v.text("condition", true);
                Optional<LocalDate> on = v.date("on", true);
                String note = v.has("note") ? v.text("note", false).orElse("") : "";
                if (condition.isPresent() && on.isPresent()) {
                  violations.add(new Violation(condition.get(), on.get(), note));
                }
              });
    }
    return violations;
  }

  /**
   * Every condition a phase or a violation names is defined; phases are listed in the order they
   * start; a violation concerns a condition some phase depends on.
   */
  private static void checkConditions(FileProblems problems, NodeFields f, Scenario scenario) {
    List<Node> phases = f.items("phases");
    LocalDate previous = LocalDate.MIN;
    String previousName = "";
    int p = 0;
    for (Phase phase : scenario.phases()) {
      while (p < phases.size() && !names(phases.get(p), phase.name())) {
        p++;
      }
      int line = p < phases.size() ? phases.get(p).line() : f.line();
      String at = f.path("phases") + "[" + p + "]";
      for (String condition : phase.conditions()) {
        if (scenario.condition(condition).isEmpty()) {
          problems.add(
              line,
              at + ".conditions",
              "the phase '"
                  + phase.name()
                  + "' depends on the condition '"
                  + condition
                  + "', which is never defined; define it under 'conditions' (id and"
                  + " description) or fix the name"
                  + defined(scenario));
        }
      }
      if (phase.startsOn().isBefore(previous)) {
        problems.add(
            line,
            at + ".starts-on",
            "the phase '"
                + phase.name()
                + "' starts on "
                + phase.startsOn()
                + ", before the phase '"
                + previousName
                + "' listed above it ("
                + previous
                + "); list phases in the order they start");
      }
      previous = phase.startsOn();
      previousName = phase.name();
    }
    List<Node> violations = f.items("violations");
    for (int i = 0; i < scenario.violations().size() && i < violations.size(); i++) {
      String condition = scenario.violations().get(i).condition();
      String at = f.path("violations") + "[" + i + "].condition";
      int line = violations.get(i).line();
      problemOfViolation(scenario, condition).ifPresent(problem -> problems.add(line, at, problem));
    }
  }

  private static boolean names(Node node, String phase) {
    return node instanceof Node.Mapping m
        && m.field("name")
            .map(Node.Field::value)
            .filter(v -> v instanceof Node.Scalar s && s.text().strip().equals(phase))
            .isPresent();
  }

  /** Why a violation of {@code condition} cannot be applied, if it cannot. */
  static Optional<String> problemOfViolation(Scenario scenario, String condition) {
    if (scenario.condition(condition).isEmpty()) {
      return Optional.of(
          "the condition '" + condition + "' is not defined in this scenario" + defined(scenario));
    }
    boolean used = scenario.phases().stream().anyMatch(p -> p.conditions().contains(condition));
    if (!used) {
      return Optional.of(
          "no phase depends on the condition '"
              + condition
              + "', so its violation would change nothing; name it in a phase's 'conditions'");
    }
    return Optional.empty();
  }

  private static String defined(Scenario scenario) {
    if (scenario.conditions().isEmpty()) {
      return " (the scenario defines no condition)";
    }
    return " (defined: "
        + String.join(", ", scenario.conditions().stream().map(Condition::id).toList())
        + ")";
  }
}

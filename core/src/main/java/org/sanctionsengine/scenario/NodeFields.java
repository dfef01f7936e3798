package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the fields of one map of a scenario file. Each accessor records a problem naming
 * the line and the field's path ({@code phases[1].operations[0].from}) when the value is missing or
 * of the wrong type, and returns empty so that reading goes on and finds every problem.
 */
final class NodeFields {
  private final FileProblems problems;
  private final Node.Mapping map;
  private final String path;

  NodeFields(FileProblems problems, Node.Mapping map, String path) {
    this.problems = problems;
    this.map = map;
    this.path = path;
  }

  /** Reads {@code node} at {@code path} as a map; a problem and empty when it is not one. */
  static Optional<NodeFields> of(FileProblems problems, Node node, String path, String what) {
    if (node instanceof Node.Mapping map) {
      return Optional.of(new NodeFields(problems, map, path));
    }
    problems.add(
        node.line(), path, "expected " + what + " (a map of fields), found " + node.describe());
    return Optional.empty();
  }

  int line() {
    return map.line();
  }

  String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  int lineOf(String field) {
    return map.field(field).map(Node.Field::line).orElse(map.line());
  }

  boolean has(String field) {
    return map.field(field).isPresent();
  }

  /** Records a problem for each field not in {@code allowed} and each field given twice. */
  void allowOnly(Set<String> allowed) {
    List<String> seen = new ArrayList<>();
    for (Node.Field field : map.fields()) {
      if (seen.contains(field.name())) {
        problems.add(field.line(), path(field.name()), "the field is given twice; keep one");
      }
      seen.add(field.name());
      if (!allowed.contains(field.name())) {
        problems.add(
            field.line(),
            path(field.name()),
            "unknown field; expected one of "
                + String.join(", ", allowed.stream().sorted().toList())
                + ". Check its spelling");
      }
    }
  }

  void problem(String field, String problem) {
    problems.add(lineOf(field), path(field), problem);
  }

  Optional<Node> node(String field, boolean required) {
    Optional<Node> node = map.field(field).map(Node.Field::value);
    if (node.isEmpty() && required) {
      problems.add(map.line(), path(field), "missing; this field is required");
    }
    return node;
  }

  /** A text; numbers are refused, so that '0301' keeps its zero and dates stay dates. */
  Optional<String> text(String field, boolean required) {
    return node(field, required).flatMap(node -> text(node, path(field)));
  }

  Optional<String> text(Node node, String at) {
    if (node instanceof Node.Scalar s
        && s.kind() == Node.ScalarKind.STRING
        && !s.text().isBlank()) {
      return Optional.of(s.text().strip());
    }
    problems.add(
        node.line(),
        at,
        "expected a text, found "
            + node.describe()
            + (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.NUMBER
                ? "; quote codes and ids ('2701', not 2701)"
                : ""));
    return Optional.empty();
  }

  Optional<LocalDate> date(String field, boolean required) {
    return node(field, required).flatMap(node -> date(node, path(field)));
  }

  private Optional<LocalDate> date(Node node, String at) {
    if (node instanceof Node.Scalar s && s.kind() == Node.ScalarKind.STRING) {
      try {
        return Optional.of(LocalDate.parse(s.text().strip()));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(
        node.line(), at, "expected a date YYYY-MM-DD (e.g. 2021-08-03), found " + node.describe());
    return Optional.empty();
  }

  /** A text or a list of texts ({@code lift: a} or {@code lift: [a, b]}). */
  List<String> words(String field, boolean required) {
    Optional<Node> node = node(field, required);
    if (node.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    if (node.get() instanceof Node.Sequence seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        text(seq.items().get(i), path(field) + "[" + i + "]").ifPresent(words::add);
      }
      if (seq.items().isEmpty()) {
        problem(field, "the list is empty; give at least one value");
      }
    } else {
      text(node.get(), path(field)).ifPresent(words::add);
    }
    return words;
  }

  /** The items of a list field (empty when absent); a problem when it is not a list. */
  List<Node> items(String field) {
    Optional<Node> node = node(field, false);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof Node.Sequence seq) {
      return seq.items();
    }
    problem(field, "expected a list ('- ' items or [a, b]), found " + node.get().describe());
    return List.of();
  }

  /** A whole number, above zero. */
  Optional<Long> amount(String field) {
    Optional<Node> node = node(field, true);
    if (node.isPresent()
        && node.get() instanceof Node.Scalar s
        && s.kind() == Node.ScalarKind.NUMBER) {
      try {
        long amount = Long.parseLong(s.text());
        if (amount > 0) {
          return Optional.of(amount);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    node.ifPresent(
        n ->
            problem(
                field, "expected a whole number above 0 (e.g. 2000000), found " + n.describe()));
    return Optional.empty();
  }
}

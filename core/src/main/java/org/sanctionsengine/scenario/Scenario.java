package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A relief scenario: operations on the regime's measures, unconditional ({@link #operations()}) or
 * grouped in phases tied to conditions, and the violations of conditions reported so far, which
 * snap back what was granted under them. Built by {@link Scenarios}, which validates it against a
 * regime; turned into a regime by {@link Evaluator}.
 *
 * @param name the scenario's name ({@code dprk-2021-demand}), or the file's name
 * @param origin where it was read from: {@code built-in} or the file's path
 */
public record Scenario(
    String name,
    String title,
    String description,
    String origin,
    List<ScenarioSource> sources,
    List<Condition> conditions,
    List<ScenarioChange> operations,
    List<Phase> phases,
    List<Violation> violations) {
  public Scenario {
    sources = List.copyOf(sources);
    conditions = List.copyOf(conditions);
    operations = List.copyOf(operations);
    phases = List.copyOf(phases);
    violations = List.copyOf(violations);
  }

  /** A source the scenario cites: key, address, and the day it was published. */
  public record ScenarioSource(String key, String url, LocalDate publishedOn, String title) {}

  /** A named condition that phases depend on ("verified freeze of nuclear tests"). */
  public record Condition(String id, String description) {}

  /**
   * Operations granted together from {@code startsOn}, as long as every condition in {@code
   * conditions} holds: a violation of one of them on a day snaps back the phase's relief from that
   * day on.
   */
  public record Phase(
      String name,
      String title,
      LocalDate startsOn,
      List<String> conditions,
      List<ScenarioChange> operations) {
    public Phase {
      conditions = List.copyOf(conditions);
      operations = List.copyOf(operations);
    }
  }

  /** A condition reported violated on a day; {@code note} says what happened (may be empty). */
  public record Violation(String condition, LocalDate on, String note) {}

  public Optional<Condition> condition(String id) {
    return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The first reported violation of {@code condition}, if any. */
  public Optional<LocalDate> violatedOn(String condition) {
    return violations.stream()
        .filter(v -> v.condition().equals(condition))
        .map(Violation::on)
        .min(LocalDate::compareTo);
  }

  /** This scenario with one more reported violation (the CLI's {@code --violation}). */
  public Scenario withViolation(Violation violation) {
    List<Violation> all = new ArrayList<>(violations);
    all.add(violation);
    return new Scenario(
        name, title, description, origin, sources, conditions, operations, phases, all);
  }
}

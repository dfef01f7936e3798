package org.sanctionsengine.screening;

import java.util.List;
import java.util.Set;
import org.sanctionsengine.regime.Authority;

/**
 * The judgement of a shipment: the outcome, every measure behind it, the authorities whose measures
 * bind this shipment, and notes (why an authority binds, what was not checked).
 *
 * @param regimeVersion the content hash of the regime data that produced it
 */
public record Decision(
    Shipment shipment,
    Outcome outcome,
    List<Finding> findings,
    Set<Authority> bindingAuthorities,
    List<String> notes,
    String regimeVersion) {
  public Decision {
    // Most severe first (stable), so that people read what decides before what only informs.
    findings = findings.stream().sorted(java.util.Comparator.comparing(Finding::effect)).toList();
    // EnumSet, not Set.copyOf: the latter goes through a HashSet (see TransactionCheckBenchmark).
    bindingAuthorities =
        bindingAuthorities.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(bindingAuthorities));
    notes = List.copyOf(notes);
  }

  /** An insertion sort: lists are short, and streams cost more than the sort on the hot path. */
  private static Finding[] bySeverity(List<Finding> findings) {
    Finding[] sorted = findings.toArray(new Finding[0]);
    for (int i = 1; i < sorted.length; i++) {
      Finding f = sorted[i];
      int j = i - 1;
      while (j >= 0 && sorted[j].effect().compareTo(f.effect()) > 0) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = f;
    }
    return sorted;
  }

  /** The outcome the findings call for: the most severe effect, PERMITTED when there is none. */
  static Outcome outcomeOf(List<Finding> findings) {
    Outcome outcome = Outcome.PERMITTED;
    for (Finding finding : findings) {
      outcome = outcome.worst(finding.effect());
    }
    return outcome;
  }

  /** This decision with other findings (and the outcome they call for). */
  public Decision withFindings(List<Finding> newFindings) {
    return new Decision(
        shipment, outcomeOf(newFindings), newFindings, bindingAuthorities, notes, regimeVersion);
  }
}

package org.sanctionsengine.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.sanctionsengine.access.Holders;
import org.sanctionsengine.access.Issuer;

/**
 * Four eyes that may be two eyes: a step of a case taken with a key that was issued by someone who
 * took another step of the same case. An administrator who issues a reviewer key to "bob" and uses
 * it to confirm her own proposal looks like two people to the case rules; the issuer recorded with
 * every key shows it. These are findings for an auditor to look at, not proof of misuse (an
 * administrator who reviews may issue keys to colleagues), so they are reported, not refused.
 */
public final class FourEyesNotes {
  /**
   * One step as a note names it.
   *
   * @param action what was done
   * @param sequence the audit entry of the step (0 if not known)
   * @param reviewer who took it, with which key
   */
  public record Step(CaseAction action, long sequence, Reviewer reviewer) {}

  private FourEyesNotes() {}

  /** The notes for one case's steps; {@code issuerOf} gives the issuer of a key id, if known. */
  public static List<String> of(
      long caseId, List<Step> steps, LongFunction<Optional<Issuer>> issuerOf) {
    List<String> notes = new ArrayList<>();
    for (Step step : steps) {
      if (step.reviewer().keyId() == 0) {
        continue;
      }
      Optional<Issuer> issuer = issuerOf.apply(step.reviewer().keyId());
      if (issuer.isEmpty()) {
        continue;
      }
      for (Step other : steps) {
        if (other != step && other.reviewer().keyId() != 0 && isIssuer(issuer.get(), other)) {
          notes.add(note(caseId, step, issuer.get(), other));
          break;
        }
      }
    }
    return notes;
  }

  private static boolean isIssuer(Issuer issuer, Step other) {
    return (issuer.isKey() && issuer.keyId() == other.reviewer().keyId())
        || (issuer.isKey() && Holders.isSamePerson(issuer.name(), other.reviewer().name()));
  }

  private static String note(long caseId, Step step, Issuer issuer, Step other) {
    return "case "
        + caseId
        + ": "
        + step.action().code()
        + at(step)
        + " was taken with key "
        + step.reviewer().keyId()
        + " ("
        + step.reviewer().name()
        + "), which "
        + issuer
        + " issued; "
        + other.reviewer().name()
        + " (key "
        + other.reviewer().keyId()
        + ") took "
        + other.action().code()
        + at(other)
        + " of the same case. Check that two people reviewed it.";
  }

  private static String at(Step step) {
    return step.sequence() > 0 ? " (audit entry " + step.sequence() + ")" : "";
  }
}

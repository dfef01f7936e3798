package org.sanctionsengine.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.sanctionsengine.input.InvalidInputException;

/**
 * One decision as the audit log records it: what was asked, what came out, and exactly which data
 * produced it. Any kind of decision fits: the subject and the decision are canonical JSON documents
 * that the deciding code writes, the outcome is its short code.
 *
 * @param kind what kind of decision this is
 * @param subject the request that was decided (a party, a payment, a shipment), canonical JSON
 * @param outcome the outcome code, e.g. {@code prohibited}, {@code permitted}, {@code review}
 * @param decision the decision with its reasons and citations, canonical JSON
 * @param listSnapshotIds the ids of the list snapshots that were consulted (may be empty)
 * @param regimeVersion the version of the regime data that was applied ({@code none} if none)
 */
public record DecisionRecord(
    DecisionKind kind,
    CanonicalJson subject,
    String outcome,
    CanonicalJson decision,
    List<String> listSnapshotIds,
    String regimeVersion) {

  /** Codes and ids: printable ASCII without spaces or commas, so the hashed form stays simple. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}");

  public DecisionRecord {
    requireToken("outcome", outcome);
    requireToken("regime version", regimeVersion);
    listSnapshotIds = List.copyOf(listSnapshotIds);
    listSnapshotIds.forEach(id -> requireToken("list snapshot id", id));
  }

  private static void requireToken(String what, String value) {
    if (!TOKEN.matcher(value).matches()) {
      throw new InvalidInputException(
          "The "
              + what
              + " '"
              + value
              + "' of a decision to record is not a valid code. Expected 1 to 200 characters from"
              + " A-Z a-z 0-9 . _ : / @ + - (starting with a letter or digit). Use the id as the"
              + " list snapshot or regime data reports it.");
    }
  }
}

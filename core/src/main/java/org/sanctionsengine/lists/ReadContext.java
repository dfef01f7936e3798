package org.sanctionsengine.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.SourceLocation;

/**
 * What a reader needs besides its input: the source and snapshot its entries belong to, the input
 * limits, and a place to collect problems with single entries (up to {@link #MAX_PROBLEMS}; the
 * import then fails with all of them at once).
 */
public final class ReadContext {
  /** How many entry problems one import reports before it stops collecting. */
  public static final int MAX_PROBLEMS = 20;

  private final ListSource source;
  private final String snapshotId;
  private final InputLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private int problemCount;
  private final List<String> warnings = new ArrayList<>();
  // The line of each id's first entry (not the SourceLocation: a full list holds millions of ids).
  private final Map<String, Long> firstLines = new HashMap<>();

  /** A problem with one entry. */
  public record Problem(SourceLocation location, String message) {}

  public ReadContext(ListSource source, String snapshotId, InputLimits limits) {
    this.source = source;
    this.snapshotId = snapshotId;
    this.limits = limits;
  }

  public ListSource source() {
    return source;
  }

  public String snapshotId() {
    return snapshotId;
  }

  public InputLimits limits() {
    return limits;
  }

  /**
   * The reference of the entry with this id in the snapshot being read, found at {@code where}.
   * Each id may be used once: a repeated id is recorded as a {@link #problem}, since two entries
   * under one id would become one in screening, diffs and audit records.
   */
  public ListEntryRef ref(String sourceId, SourceLocation where) {
    Long first = firstLines.putIfAbsent(sourceId, where.line());
    if (first != null) {
      problem(
          where,
          "the id "
              + sourceId
              + " is used again"
              + (first > 0 ? " (first at line " + first + ")" : "")
              + "; every entry needs its own id, or one entry would hide the other.");
    }
    return new ListEntryRef(source, sourceId, snapshotId);
  }

  /** Records a problem with one entry; the entry is skipped and the import will fail. */
  public void problem(SourceLocation location, String message) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new Problem(location, message));
    }
  }

  /** The first {@link #MAX_PROBLEMS} problems. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Records something worth telling the user that does not make the file unacceptable (e.g. "the
   * file looks like a partial extract"); kept in the snapshot's manifest.
   */
  public void warning(String message) {
    if (warnings.size() < MAX_PROBLEMS) {
      warnings.add(message);
    }
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** How many problems were found in all. */
  public int problemCount() {
    return problemCount;
  }
}

package org.sanctionsengine.lists;

import java.util.function.LongConsumer;
import org.sanctionsengine.input.InputLimits;

/**
 * How an import is checked.
 *
 * @param limits the input limits
 * @param maxDrop the largest share (0..1) by which the entry count may fall against the current
 *     snapshot before the import is refused as suspicious; default 0.10
 * @param force whether to accept a file that fails the sanity check (never a format check)
 * @param progress told the number of entries read so far, every {@link #PROGRESS_EVERY} entries
 */
public record ImportOptions(
    InputLimits limits, double maxDrop, boolean force, LongConsumer progress) {
  /** How often progress is reported, in entries. */
  public static final int PROGRESS_EVERY = 5_000;

  /** The default share by which a list may shrink: 10 %. */
  public static final double DEFAULT_MAX_DROP = 0.10;

  public ImportOptions {
    if (!(maxDrop >= 0 && maxDrop <= 1)) {
      throw new org.sanctionsengine.input.InvalidInputException(
          "The allowed drop in entries (`--max-drop`) must be between 0 and 1 (e.g. 0.1 for"
              + " 10 %); found "
              + maxDrop
              + ". Give a share between 0 and 1.");
    }
  }

  /** Default limits, a 10 % drop allowed, no force, no progress. */
  public static ImportOptions defaults() {
    return new ImportOptions(InputLimits.defaults(), DEFAULT_MAX_DROP, false, count -> {});
  }

  public ImportOptions withForce(boolean newForce) {
    return new ImportOptions(limits, maxDrop, newForce, progress);
  }

  public ImportOptions withLimits(InputLimits newLimits) {
    return new ImportOptions(newLimits, maxDrop, force, progress);
  }

  public ImportOptions withProgress(LongConsumer newProgress) {
    return new ImportOptions(limits, maxDrop, force, newProgress);
  }
}

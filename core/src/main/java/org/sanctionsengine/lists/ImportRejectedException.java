package org.sanctionsengine.lists;

import org.jspecify.annotations.Nullable;
import org.sanctionsengine.input.InvalidInputException;

/**
 * An import was refused whole and the previous snapshot stays current: the file was malformed,
 * truncated, over a limit, or failed the sanity check. The message gives the reason, the place, and
 * what to do, and says which snapshot is still in use.
 */
public class ImportRejectedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final boolean overridable;

  ImportRejectedException(String message, boolean overridable, @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
    this.overridable = overridable;
  }

  /** Whether {@code --force} would have let the import through (sanity check only). */
  public boolean overridable() {
    return overridable;
  }
}

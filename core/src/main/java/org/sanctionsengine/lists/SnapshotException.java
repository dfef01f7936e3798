package org.sanctionsengine.lists;

import org.sanctionsengine.SanctionsException;

/**
 * The snapshot store under {@code $SANCTIONS_HOME} cannot be used: a manifest or entity file is
 * unreadable, a directory cannot be written, another import holds the lock. The message says which
 * file and what to do.
 */
public class SnapshotException extends SanctionsException {
  private static final long serialVersionUID = 1L;

  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}

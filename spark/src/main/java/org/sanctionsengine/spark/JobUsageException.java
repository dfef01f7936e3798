package org.sanctionsengine.spark;

import org.sanctionsengine.SanctionsException;

/** A command line the job cannot run: a missing, unknown or malformed argument (exit code 2). */
final class JobUsageException extends SanctionsException {
  private static final long serialVersionUID = 1L;

  JobUsageException(String message) {
    super(message);
  }
}

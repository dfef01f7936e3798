package org.sanctionsengine;

/**
 * A store (audit log, cases, snapshots) could not do what was asked. Thrown by the implementations
 * of the storage ports; the JDBC implementation translates the database's SQLState into a {@link
 * Reason}, the way jOOQ does, so callers can react to the kind of failure without parsing vendor
 * messages.
 */
public class StorageException extends SanctionsException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure this was, independent of the database product. */
  public enum Reason {
    /** The database could not be reached, or the connection broke (SQLState class 08). */
    CONNECTION,
    /** A constraint or an append-only rule refused the change (SQLState class 23). */
    INTEGRITY,
    /** Another writer changed the same data first; retrying may succeed (class 40). */
    CONFLICT,
    /** The schema is not what this version expects (class 42, unknown migrations). */
    SCHEMA,
    /** Disk full, too many connections, out of memory (class 53). */
    RESOURCES,
    /** Wrong user or password, or not allowed (class 28 and 42501). */
    ACCESS,
    /** A value the database rejected (class 22). */
    DATA,
    /** Anything else. */
    OTHER
  }

  private final Reason reason;

  public StorageException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public StorageException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

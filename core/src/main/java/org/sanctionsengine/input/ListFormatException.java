package org.sanctionsengine.input;

/**
 * A list file is not what its format requires: malformed XML, a truncated file, a CSV row with a
 * broken quote, an entry without its id. The message names the file and the place ({@link
 * #location()}), what was expected and found, and what to do next. Never overridden by {@code
 * --force}.
 */
public class ListFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final SourceLocation location;

  /**
   * @param location where the problem is
   * @param problem what is wrong, expected versus found (one or more sentences)
   * @param nextStep what the user should do
   */
  public ListFormatException(SourceLocation location, String problem, String nextStep) {
    super(location.describe() + ": " + problem + " " + nextStep);
    this.location = location;
  }

  /** A message already composed by the caller, e.g. a list of several problems. */
  public ListFormatException(SourceLocation location, String message) {
    super(message);
    this.location = location;
  }

  /** Where the problem is (the first one, when there are several). */
  public SourceLocation location() {
    return location;
  }
}

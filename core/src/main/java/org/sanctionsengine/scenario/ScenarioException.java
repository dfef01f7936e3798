package org.sanctionsengine.scenario;

import java.util.List;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A scenario cannot be used: its file has problems (each naming the file, line and field), it does
 * not exist, or a flag refers to something it does not define. Nothing of it was applied.
 */
public final class ScenarioException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  // Exceptions are never serialised here; transient keeps -Xlint:serial quiet about the list.
  private final transient List<String> problems;

  public ScenarioException(String message) {
    super(message);
    this.problems = List.of(message);
  }

  ScenarioException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, as in the message ("file, line 12, field 'lift': ..."). */
  public List<String> problems() {
    return problems;
  }
}

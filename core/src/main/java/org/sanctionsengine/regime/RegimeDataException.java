package org.sanctionsengine.regime;

import java.util.List;
import org.sanctionsengine.SanctionsException;

/**
 * The regime's data files are not usable. The message lists every problem found (file, measure id,
 * line where known, what was expected), so that one run shows all of them.
 */
public class RegimeDataException extends SanctionsException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public RegimeDataException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, as listed in the message. */
  public List<String> problems() {
    return problems;
  }
}

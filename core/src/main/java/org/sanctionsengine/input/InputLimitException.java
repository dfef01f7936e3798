package org.sanctionsengine.input;

/**
 * An input exceeds one of the {@link InputLimits}: the message names the limit, the value found,
 * the limit and the setting that raises it. Like {@link ListFormatException} it rejects the whole
 * import and is never overridden by {@code --force}.
 */
public class InputLimitException extends ListFormatException {
  private static final long serialVersionUID = 1L;

  private final InputLimits.Limit limit;
  private final long actual;
  private final long maximum;

  /**
   * @param location where the limit was crossed
   * @param limit which limit
   * @param actual the value found (or the first value over the limit, for counters)
   * @param maximum the limit in force
   */
  public InputLimitException(
      SourceLocation location, InputLimits.Limit limit, long actual, long maximum) {
    super(location, message(location, limit, actual, maximum));
    this.limit = limit;
    this.actual = actual;
    this.maximum = maximum;
  }

  private static String message(
      SourceLocation location, InputLimits.Limit limit, long actual, long maximum) {
    return location.describe()
        + ": "
        + limit.description()
        + " "
        + actual
        + " exceeds the limit of "
        + maximum
        + " (`"
        + limit.setting()
        + "`). "
        + limit.hint();
  }

  public InputLimits.Limit limit() {
    return limit;
  }

  public long actual() {
    return actual;
  }

  public long maximum() {
    return maximum;
  }
}

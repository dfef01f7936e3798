package org.sanctionsengine.goods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a goods scope: a single code ({@code 2710}) or an inclusive range of codes of the
 * same length ({@code 72-83}, {@code 7101-7104}, {@code 8802.11-8802.12}).
 */
public record HsRange(HsCode first, HsCode last) {
  /** Ranges wider than this are refused: a scope should name chapters, not list subheadings. */
  static final int MAX_CODES = 2_000;

  public HsRange {
    if (first.length() != last.length()) {
      throw new IllegalArgumentException("range ends differ in length: " + first + "-" + last);
    }
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("range ends are inverted: " + first + "-" + last);
    }
  }

  public static HsRange of(HsCode code) {
    return new HsRange(code, code);
  }

  /**
   * Reads {@code 2701}, {@code 72-83} or {@code 7101-7104}.
   *
   * @throws IllegalArgumentException with a short reason the caller puts into context
   */
  public static HsRange parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return of(HsCode.parse(text));
    }
    HsCode first = HsCode.parse(text.substring(0, dash));
    HsCode last = HsCode.parse(text.substring(dash + 1));
    if (first.length() != last.length()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "range '%s' mixes a %d-digit and a %d-digit code; write both ends at the same level",
              text,
              first.length(),
              last.length()));
    }
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "range '%s' is inverted: its first code is after its last; write '%s-%s'",
              text,
              last,
              first));
    }
    return new HsRange(first, last);
  }

  /** Every code of the range, at the range's level. */
  public List<HsCode> codes() {
    long from = Long.parseLong(first.digits());
    long to = Long.parseLong(last.digits());
    if (to - from >= MAX_CODES) {
      throw new IllegalArgumentException("range " + this + " spans more than " + MAX_CODES);
    }
    List<HsCode> codes = new ArrayList<>();
    String format = "%0" + first.length() + "d";
    for (long n = from; n <= to; n++) {
      codes.add(new HsCode(String.format(Locale.ROOT, format, n)));
    }
    return codes;
  }

  @Override
  public String toString() {
    return first.equals(last) ? first.dotted() : first.dotted() + "-" + last.dotted();
  }
}

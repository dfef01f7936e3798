package org.sanctionsengine.entity;

import java.util.Locale;

/**
 * A sanctions program (regime) under which an entry is listed: OFAC tags such as {@code DPRK3} or
 * {@code SDGT}, the UN list type such as {@code DPRK} (the 1718 Committee), the EU programme {@code
 * PRK}, the UK regime "North Korea".
 *
 * @param code the program code as the list writes it
 * @param label a human label, e.g. "UN 1718 (DPRK)"; the code when the list gives no more
 */
public record Program(String code, String label) {
  public Program {
    code = code.strip();
    label = label.strip();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("A program code cannot be blank");
    }
    if (label.isEmpty()) {
      label = code;
    }
  }

  /** A program whose label is its code. */
  public static Program of(String code) {
    return new Program(code, code);
  }

  /** Whether this program belongs to the DPRK (North Korea) regime of any authority. */
  public boolean isDprk() {
    String upper = code.toUpperCase(Locale.ROOT);
    return upper.startsWith("DPRK") || upper.equals("PRK") || upper.startsWith("NORTH KOREA");
  }
}

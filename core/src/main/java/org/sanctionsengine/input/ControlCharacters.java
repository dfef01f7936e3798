package org.sanctionsengine.input;

import java.util.Locale;

/**
 * Refuses C0 control characters (U+0000 to U+001F) other than tab, line feed and carriage return in
 * list text. No official list holds them; a NUL cuts a name short in C-based systems that see the
 * same data, and the others are signs of a binary or damaged file. XML 1.0 already forbids them,
 * but XML 1.1, CSV and JSON escapes ({@code \u0000}) let them through.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Fails when {@code text} holds a refused control character; {@code at} says where. */
  public static void check(CharSequence text, SourceLocation at) {
    int i = indexOf(text);
    if (i >= 0) {
      throw refused(text.charAt(i), at);
    }
  }

  /** The offset of the first refused character, or -1. */
  public static int indexOf(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The offset of the first refused character in part of an array (a parser's buffer), or -1; the
   * caller builds its location only when there is one, and throws {@link #refused}.
   */
  public static int indexOf(char[] text, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = text[i];
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** The error for a refused character {@code c} found at {@code at}. */
  public static ListFormatException refused(char c, SourceLocation at) {
    return new ListFormatException(
        at,
        String.format(
            Locale.ROOT,
            "the text holds the control character U+%04X%s; official lists hold no control"
                + " characters other than tab, CR and LF, and a NUL would cut a name short in other"
                + " systems.",
            (int) c,
            c == 0 ? " (NUL)" : ""),
        "Download the list again; if the character is still there, the file is damaged or was"
            + " altered.");
  }
}

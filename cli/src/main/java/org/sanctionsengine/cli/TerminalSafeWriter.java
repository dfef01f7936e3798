package org.sanctionsengine.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with the characters that steer a terminal made visible: control characters other than
 * tab, line feed and carriage return (ESC above all, which starts the sequences that move the
 * cursor, retitle the window or rewrite what is on screen), DEL, the C1 controls (U+0080–U+009F,
 * CSI among them) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
 * reorder a line as it is shown. Each becomes {@code \}{@code uXXXX}.
 *
 * <p>Names, file contents and arguments are untrusted text, and the tool prints them: a list entry
 * or a batch row could otherwise hide or forge what a reviewer sees. The escape is also JSON's own,
 * so JSON output stays valid and means the same: such characters can only stand inside strings.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} would steer a terminal rather than be shown. */
  static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  @Override
  public void write(int c) throws IOException {
    if (isUnsafe((char) c)) {
      out.write(String.format(java.util.Locale.ROOT, "\\u%04x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int clean = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (isUnsafe(chars[i])) {
        out.write(chars, clean, i - clean);
        write(chars[i]);
        clean = i + 1;
      }
    }
    out.write(chars, clean, end - clean);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int clean = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (isUnsafe(text.charAt(i))) {
        out.write(text, clean, i - clean);
        write(text.charAt(i));
        clean = i + 1;
      }
    }
    out.write(text, clean, end - clean);
  }
}

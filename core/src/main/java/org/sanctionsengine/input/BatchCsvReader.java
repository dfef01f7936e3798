package org.sanctionsengine.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a batch CSV (parties, shipments) one physical line at a time, so that every non-empty line
 * comes out as exactly one {@link BatchCsvLine}: its fields, or why it could not be read.
 *
 * <p>Why not a general CSV parser: in RFC 4180 a quote that is opened and never closed swallows
 * every following line into one field, so one stray quote in a customer file would silently drop
 * the rest of the batch. No field of a batch (a name, a country, an HS code, a date) can hold a
 * line break, so here a quoted field that runs past the end of its line makes that line {@link
 * BatchCsvLine.Broken} and reading goes on at the next line. The counts then always add up: lines
 * in = results + errors out.
 *
 * <p>Otherwise the usual CSV rules hold: fields separated by commas, a field in double quotes may
 * hold commas and doubled quotes ({@code ""}); a quote inside an unquoted field is kept as a
 * character; {@code \r\n}, {@code \n} and a lone {@code \r} end a line; a leading byte-order mark
 * is dropped; blank lines are skipped. A line longer than the limit's string length ({@link
 * InputLimits#maxStringLength()}) is reported broken without being held in memory.
 */
public final class BatchCsvReader implements AutoCloseable {
  private static final int EOF = -1;

  private final Reader text;
  private final String file;
  private final int maxLineLength;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean insideLine;
  private boolean started;

  private BatchCsvReader(Reader text, String file, InputLimits limits) {
    this.text = text;
    this.file = file;
    this.maxLineLength = limits.maxStringLength();
  }

  /**
   * Reads CSV text from {@code text}; {@code file} names it in messages. Closing this reader closes
   * {@code text}.
   */
  public static BatchCsvReader open(Reader text, String file, InputLimits limits) {
    return new BatchCsvReader(text, file, limits);
  }

  /** The name the file is given in messages. */
  public String file() {
    return file;
  }

  /** The next non-blank line, read or broken; empty at the end of the text. */
  public Optional<BatchCsvLine> next() {
    while (true) {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      int c = read();
      if (c == EOF) {
        return Optional.empty();
      }
      lineNumber++;
      insideLine = true;
      while (c != EOF && c != '\n' && c != '\r') {
        if (line.length() < maxLineLength) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
        c = read();
      }
      if (c == '\r' && peek() == '\n') {
        read();
      }
      insideLine = false;
      if (!started) {
        started = true;
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line.deleteCharAt(0);
        }
      }
      SourceLocation at = SourceLocation.ofLine(file, lineNumber);
      if (tooLong) {
        return Optional.of(
            new BatchCsvLine.Broken(
                at,
                String.format(
                    Locale.ROOT,
                    "the line is longer than %,d characters, so it was not read. Split it or"
                        + " shorten its fields.",
                    maxLineLength)));
      }
      if (!line.toString().isBlank()) {
        return Optional.of(split(line, at));
      }
    }
  }

  /** The fields of one line, or why it is broken. */
  static BatchCsvLine split(CharSequence line, SourceLocation at) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      int start = i;
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        int opened = i + 1;
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < n && line.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            closed = true;
            break;
          }
        }
        if (!closed) {
          return new BatchCsvLine.Broken(
              at,
              String.format(
                  Locale.ROOT,
                  "the quote opened at column %d (field %d) is not closed on this line, and a field"
                      + " of a batch file cannot span lines; the line was not read. Close the"
                      + " quote, or remove it.",
                  opened,
                  fields.size() + 1));
        }
        // Text between the closing quote and the next comma is kept, as most spreadsheets do.
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      } else {
        i = start;
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return new BatchCsvLine.Fields(at, fields);
      }
      i++; // the comma
    }
  }

  private int read() {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private int peek() {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private boolean fill() {
    try {
      int count = text.read(buffer, 0, buffer.length);
      if (count <= 0) {
        return false;
      }
      position = 0;
      limit = count;
      return true;
    } catch (CharacterCodingException e) {
      // The decoder reads ahead, so the bad bytes are known to lie at or after this line only.
      throw new InvalidInputException(
          SourceLocation.ofFile(file).describe()
              + ": the text at or after line "
              + (insideLine ? lineNumber : lineNumber + 1)
              + " is not UTF-8, so the batch was not read. Save the file as CSV (UTF-8) and run"
              + " again.");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      text.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

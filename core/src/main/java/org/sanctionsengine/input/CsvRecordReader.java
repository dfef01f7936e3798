package org.sanctionsengine.input;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * Streams a CSV file row by row (FastCSV) with bounded memory. Checks every field against the
 * string-length limit, drops the DOS end-of-file byte (0x1A) OFAC appends, and turns parser errors
 * (a broken quote) into a {@link ListFormatException} naming file and line.
 */
public final class CsvRecordReader implements AutoCloseable {
  private static final String NEXT_STEP =
      "Download the file again; if it still fails, it is not the official list file.";

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> rows;
  private final String file;
  private final InputLimits limits;
  private long lastLine;
  private long markerLine;
  private boolean listFile;

  private CsvRecordReader(CsvReader<CsvRecord> reader, String file, InputLimits limits) {
    this.reader = reader;
    this.rows = reader.iterator();
    this.file = file;
    this.limits = limits;
  }

  /** Opens {@code path}, decoding with {@code charset}; {@code file} is the name for messages. */
  public static CsvRecordReader open(Path path, String file, Charset charset, InputLimits limits) {
    return open(new InputStreamReader(InputFiles.open(path, file, limits), charset), file, limits);
  }

  /**
   * Reads CSV text from {@code text} (an upload, a stream); {@code file} is the name for messages.
   * Closing the reader closes {@code text}.
   */
  public static CsvRecordReader open(Reader text, String file, InputLimits limits) {
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowMissingFields(true)
            .allowExtraFields(true)
            .skipEmptyLines(true)
            .maxBufferSize(Math.max(limits.maxStringLength() * 2, 1 << 16))
            .ofCsvRecord(new BufferedReader(text, 1 << 16));
    return new CsvRecordReader(reader, file, limits);
  }

  /** The next row; empty at the end of the file. */
  public Optional<CsvRow> next() {
    try {
      while (rows.hasNext()) {
        CsvRecord record = rows.next();
        lastLine = record.getStartingLineNumber();
        if (record.getFieldCount() == 1 && record.getField(0).strip().equals("\u001a")) {
          markerLine = lastLine;
          continue;
        }
        if (listFile && (markerLine > 0 || record.getField(0).startsWith("\u001a"))) {
          throw new ListFormatException(
              SourceLocation.ofLine(file, markerLine > 0 ? markerLine : lastLine),
              "the end-of-file byte 0x1A stands here, but the file goes on after it; two files"
                  + " were probably joined.",
              NEXT_STEP);
        }
        CsvRow row = new CsvRow(record.getFields(), SourceLocation.ofLine(file, lastLine));
        for (int i = 0; i < row.size(); i++) {
          String field = row.fields().get(i);
          limits.check(
              InputLimits.Limit.STRING_LENGTH,
              field.length(),
              row.location().withPath("field " + (i + 1)));
          int control = listFile ? ControlCharacters.indexOf(field) : -1;
          if (control >= 0) {
            throw ControlCharacters.refused(
                field.charAt(control), row.location().withPath("field " + (i + 1)));
          }
        }
        return Optional.of(row);
      }
      return Optional.empty();
    } catch (CsvParseException e) {
      throw broken(e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * Reads the file as a list file: control characters in a cell and rows after the 0x1A end marker
   * refuse the whole file. Party files leave this off, so their screening reports a bad name per
   * row and goes on.
   */
  public CsvRecordReader asListFile() {
    listFile = true;
    return this;
  }

  /**
   * Whether the file read so far ended with the DOS end-of-file byte 0x1A on a line of its own (the
   * marker OFAC writes after the last row); meaningful once {@link #next()} returned empty.
   */
  public boolean endedWithMarker() {
    return markerLine > 0;
  }

  /** The line of the last row read (or of the end marker), 0 before the first. */
  public long lastLine() {
    return lastLine;
  }

  /** Fails for a row with fewer or more fields than the format has. */
  public void checkWidth(CsvRow row, int expected) {
    if (row.size() == expected) {
      return;
    }
    boolean last = isAtEnd();
    String found = "expected " + expected + " fields, found " + row.size() + ".";
    if (row.hasMultilineField()) {
      throw new ListFormatException(
          row.location(),
          "a quoted field opened in this row is never closed, so the row runs on to line "
              + (lastLine
                  + row.fields().stream()
                      .mapToLong(f -> f.chars().filter(c -> c == '\n').count())
                      .sum())
              + "; "
              + found,
          NEXT_STEP);
    }
    throw new ListFormatException(
        row.location(),
        (last ? "the file ends inside this row, so it looks truncated; " : "the row is broken; ")
            + found,
        NEXT_STEP);
  }

  private boolean isAtEnd() {
    try {
      return !rows.hasNext();
    } catch (CsvParseException | UncheckedIOException e) {
      return false;
    }
  }

  private ListFormatException broken(CsvParseException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    long line = lastLine + 1;
    int at = message.indexOf("started in line ");
    if (at >= 0) {
      line = Long.parseLong(message.substring(at + 16).replaceAll("\\D.*", ""));
    }
    String reason =
        e.getCause() != null && e.getCause().getMessage() != null
            ? e.getCause().getMessage()
            : message;
    if (reason.contains("maximum buffer size")) {
      return new InputLimitException(
          SourceLocation.ofLine(file, line),
          InputLimits.Limit.STRING_LENGTH,
          Math.max(limits.maxStringLength() * 2L, 1 << 16) + 1,
          limits.maxStringLength());
    }
    return new ListFormatException(
        SourceLocation.ofLine(file, line),
        "the CSV is malformed: " + reason + " (a quote is probably broken).",
        NEXT_STEP);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

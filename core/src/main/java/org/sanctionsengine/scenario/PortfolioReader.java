package org.sanctionsengine.scenario;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Reads a large portfolio CSV (the columns of {@code check --file}) quickly. A portfolio repeats
 * the same dates, countries, codes and units on many rows, so each distinct text is parsed once and
 * remembered ({@link PortfolioRows}); a file of more than {@value #SPLIT_BYTES} bytes is read in
 * two halves on two threads. Rows that are not plain are read by the same code as {@code check
 * --file}, with its messages, and a file it cannot read (no header it knows, not CSV, not UTF-8, no
 * rows) is handed whole to {@link ShipmentCsvReader}, which says what is wrong. This is what makes
 * the 1,000,000-row diff of ScenarioDiffBenchmark fit in its budget.
 */
public final class PortfolioReader {
  static final int SPLIT_BYTES = 4 << 20;

  private final Set<String> claims;
  private final int splitBytes;

  /**
   * @param claims the exemption claim codes rows may name (the scenario regime's)
   */
  public PortfolioReader(Set<String> claims) {
    this(claims, SPLIT_BYTES);
  }

  /** For tests: split files above {@code splitBytes}. */
  PortfolioReader(Set<String> claims, int splitBytes) {
    this.claims = Set.copyOf(claims);
    this.splitBytes = splitBytes;
  }

  /** The rows of the file in order: shipments, and rows refused with the reason. */
  public List<ShipmentRow> read(Path file) {
    Optional<List<ShipmentRow>> rows;
    try {
      byte[] bytes = Files.readAllBytes(file);
      rows = bytes.length > splitBytes ? halves(bytes) : whole(decode(bytes, 0, bytes.length));
    } catch (CharacterCodingException e) {
      rows = Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.orElseGet(() -> new ShipmentCsvReader(claims).read(file));
  }

  /** As {@link #read(Path)} for text in memory; {@code file} names it in messages. */
  public List<ShipmentRow> read(String file, String text) {
    return whole(text).orElseGet(() -> new ShipmentCsvReader(claims).read(file, text));
  }

  /**
   * The bytes as UTF-8 text. The JDK's own conversion is the fast one but replaces malformed bytes
   * with U+FFFD silently; only when that character appears is the text decoded again strictly, so
   * that a file that is not UTF-8 is still refused.
   */
  private static String decode(byte[] bytes, int from, int length) throws CharacterCodingException {
    String text = new String(bytes, from, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, length))
        .toString();
  }

  private Optional<List<ShipmentRow>> whole(String text) {
    if (text.indexOf('\u0000') >= 0) {
      return Optional.empty();
    }
    try (CsvReader<CsvRecord> csv = reader(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      Optional<int[]> header =
          records.hasNext() ? PortfolioRows.header(records.next()) : Optional.empty();
      if (header.isEmpty()) {
        return Optional.empty();
      }
      List<ShipmentRow> rows = rows(records, new PortfolioRows(claims, header.get(), 0));
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    } catch (CsvParseException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CsvReader<CsvRecord> reader(String text) {
    return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text);
  }

  private static List<ShipmentRow> rows(Iterator<CsvRecord> records, PortfolioRows parser) {
    List<ShipmentRow> rows = new ArrayList<>(1024);
    while (records.hasNext()) {
      rows.add(parser.row(records.next()));
    }
    return rows;
  }

  /**
   * Reads the header and the first half here and the second half on another thread. The split is at
   * a line end outside any quoted field (an even number of quotes before it).
   */
  private Optional<List<ShipmentRow>> halves(byte[] bytes) throws CharacterCodingException {
    int split = split(bytes);
    if (split < 0) {
      return whole(decode(bytes, 0, bytes.length));
    }
    try (CsvReader<CsvRecord> first = reader(decode(bytes, 0, split))) {
      Iterator<CsvRecord> records = first.iterator();
      Optional<int[]> header =
          records.hasNext() ? PortfolioRows.header(records.next()) : Optional.empty();
      if (header.isEmpty()) {
        return Optional.empty();
      }
      long lines = 0;
      for (int i = 0; i < split; i++) {
        lines += bytes[i] == '\n' ? 1 : 0;
      }
      String second = decode(bytes, split, bytes.length - split);
      PortfolioRows later = new PortfolioRows(claims, header.get(), lines);
      FutureTask<List<ShipmentRow>> rest =
          new FutureTask<>(
              () -> {
                try (CsvReader<CsvRecord> csv = reader(second)) {
                  return rows(csv.iterator(), later);
                }
              });
      Thread thread = new Thread(rest, "portfolio-reader");
      thread.setDaemon(true);
      thread.start();
      List<ShipmentRow> firstRows = rows(records, new PortfolioRows(claims, header.get(), 0));
      List<ShipmentRow> laterRows = rest.get();
      List<ShipmentRow> rows = new ArrayList<>(firstRows.size() + laterRows.size());
      rows.addAll(firstRows);
      rows.addAll(laterRows);
      return Optional.of(rows);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CsvParseException) {
        return Optional.empty();
      }
      throw new IllegalStateException("reading the second half failed", e.getCause());
    } catch (CsvParseException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the portfolio", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The offset just after a line end near the middle, outside quotes; -1 when there is none or the
   * first half holds binary data (a NUL byte), which the careful reader then reports.
   */
  private static int split(byte[] bytes) {
    int middle = bytes.length / 2;
    long quotes = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return -1;
      } else if (bytes[i] == '"') {
        quotes++;
      } else if (bytes[i] == '\n' && i >= middle && quotes % 2 == 0) {
        return i + 1 < bytes.length ? i + 1 : -1;
      }
    }
    return -1;
  }
}

package org.sanctionsengine.goods;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The 97 chapters of HS 2022 by name (our own short names in {@code hs-chapters.csv}). Chapter 77
 * is reserved and empty: a code in it, or in 00, 98 or 99, is unknown.
 */
public final class HsChapters {
  private static final int RESERVED = 77;
  private static final String[] NAMES = readNames();

  private HsChapters() {}

  /** The chapter's name, empty for chapters that HS 2022 does not use (00, 77, 98, 99). */
  public static Optional<String> name(int chapter) {
    if (chapter < 1 || chapter > 97 || chapter == RESERVED) {
      return Optional.empty();
    }
    return Optional.of(NAMES[chapter]);
  }

  /** True when the code's chapter is one HS 2022 uses. */
  public static boolean isKnown(HsCode code) {
    return name(code.chapter()).isPresent();
  }

  /**
   * Returns the code when its chapter exists in HS 2022.
   *
   * @throws UnknownHsCodeException naming the chapter and what to do otherwise
   */
  public static HsCode require(HsCode code) {
    if (isKnown(code)) {
      return code;
    }
    int chapter = code.chapter();
    String why =
        chapter == RESERVED
            ? "chapter 77 is reserved for future use and holds no goods"
            : "HS 2022 has chapters 01 to 97 only";
    throw new UnknownHsCodeException(
        String.format(
            Locale.ROOT,
            "Unknown HS code '%s': chapter %02d does not exist (%s). Check the code against the HS"
                + " 2022 nomenclature, or describe the goods with --description.",
            code.dotted(),
            chapter,
            why));
  }

  /** Parses and checks a code in one step: {@code require(HsCode.parse(text))}. */
  public static HsCode parseKnown(String text) {
    return require(HsCode.parse(text));
  }

  private static String[] readNames() {
    String[] names = new String[98];
    try (InputStream in =
            Objects.requireNonNull(
                HsChapters.class.getResourceAsStream("hs-chapters.csv"), "hs-chapters.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
      csv.stream()
          .skip(1)
          .forEach(row -> names[Integer.parseInt(row.getField(0))] = row.getField(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}

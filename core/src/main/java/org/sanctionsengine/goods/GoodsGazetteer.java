package org.sanctionsengine.goods;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Maps plain descriptions of goods ("whisky", "men's suits", "frozen shrimp") to HS codes, from our
 * own list {@code goods-gazetteer.csv}. Matching ignores case, apostrophes, punctuation and plural
 * endings. A description that names several goods ("suits": men's 6203 or women's 6204) is
 * ambiguous and is refused with the candidates.
 */
public final class GoodsGazetteer {
  /** One entry: a code and what it is. */
  public record Entry(HsCode code, String label) {}

  private final Map<String, List<Entry>> byTerm;

  private GoodsGazetteer(Map<String, List<Entry>> byTerm) {
    this.byTerm = byTerm;
  }

  /** The gazetteer shipped with the engine. */
  public static GoodsGazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final GoodsGazetteer STANDARD = read();
  }

  /** Every distinct entry, for tests and listings. */
  public List<Entry> entries() {
    return byTerm.values().stream().flatMap(List::stream).distinct().toList();
  }

  /** Every entry whose terms match the description (none, one, or several when ambiguous). */
  public List<Entry> candidates(String description) {
    return byTerm.getOrDefault(normalize(description), List.of());
  }

  /**
   * The one HS code a description stands for.
   *
   * @throws InvalidInputException when nothing matches or the description is ambiguous
   */
  public Entry resolve(String description) {
    List<Entry> candidates = candidates(description);
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new InvalidInputException(
          "Unknown goods description '"
              + description
              + "': it is not in the goods gazetteer (e.g. 'whisky', 'men's suits', 'diesel',"
              + " 'refined copper', 'coal'). Give the HS code with --hs instead.");
    }
    String listed =
        candidates.stream()
            .map(e -> e.code().dotted() + " (" + e.label() + ")")
            .collect(Collectors.joining(" or "));
    throw new InvalidInputException(
        "Ambiguous goods description '"
            + description
            + "': it may mean "
            + listed
            + ". Give the HS code with --hs, or a more precise description.");
  }

  /** Lower case, apostrophes dropped, punctuation to spaces, each word made singular. */
  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    StringBuilder out = new StringBuilder();
    for (String word : lower.split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(singular(word));
      }
    }
    return out.toString();
  }

  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    for (String ending : new String[] {"ches", "shes", "xes", "sses"}) {
      if (word.endsWith(ending)) {
        return word.substring(0, word.length() - 2);
      }
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static GoodsGazetteer read() {
    Map<String, List<Entry>> byTerm = new LinkedHashMap<>();
    try (InputStream in =
            Objects.requireNonNull(
                GoodsGazetteer.class.getResourceAsStream("goods-gazetteer.csv"),
                "goods-gazetteer.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        Entry entry = new Entry(HsChapters.parseKnown(row.getField("hs")), row.getField("label"));
        for (String term : row.getField("terms").split("\\|")) {
          List<Entry> list = byTerm.computeIfAbsent(normalize(term), k -> new ArrayList<>());
          if (!list.contains(entry)) {
            list.add(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byTerm.replaceAll((term, list) -> List.copyOf(list));
    return new GoodsGazetteer(Map.copyOf(byTerm));
  }
}

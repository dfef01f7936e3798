package org.sanctionsengine.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Korean readings of the Chinese characters common in Korean names (金 → 김, 금), from {@code
 * hanja-readings.tsv}. Characters not in the table have no Korean reading; their pinyin still
 * serves Chinese names.
 */
final class HanjaReadings {
  private final Map<String, List<String>> readings;

  private HanjaReadings(Map<String, List<String>> readings) {
    this.readings = Map.copyOf(readings);
  }

  static HanjaReadings load() {
    Map<String, List<String>> readings = new HashMap<>();
    for (String line : Resources.lines("hanja-readings.tsv")) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("hanja-readings.tsv: malformed line: " + line);
      }
      readings.put(parts[0], List.of(parts[1].strip().split(" ")));
    }
    return new HanjaReadings(readings);
  }

  /** The Hangul readings of one character, the usual one first; empty when unknown. */
  List<String> of(String character) {
    return readings.getOrDefault(character, List.of());
  }

  int size() {
    return readings.size();
  }
}

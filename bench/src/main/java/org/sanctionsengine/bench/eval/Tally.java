package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Found / total counts under labelled groups (by set, script, quality …), printed as a Markdown
 * table. Insertion order of the dimensions is kept; groups within one dimension are sorted.
 */
final class Tally {
  private final Map<String, Map<String, int[]>> dimensions = new java.util.LinkedHashMap<>();

  /** Counts one case under {@code group} of {@code dimension}. */
  void count(String dimension, String group, boolean found) {
    int[] counts =
        dimensions
            .computeIfAbsent(dimension, d -> new TreeMap<>())
            .computeIfAbsent(group, g -> new int[2]);
    counts[0] += found ? 1 : 0;
    counts[1]++;
  }

  /** Found and total of one group, {@code {0, 0}} when nothing was counted there. */
  int[] of(String dimension, String group) {
    return dimensions.getOrDefault(dimension, Map.of()).getOrDefault(group, new int[2]).clone();
  }

  List<String> groups(String dimension) {
    return new ArrayList<>(dimensions.getOrDefault(dimension, Map.of()).keySet());
  }

  /**
   * A Markdown table with one row per group: total, found and their share under the heading {@code
   * rateLabel} ("recall", or "false-positive rate" where a "found" is a hit on a name on no list),
   * as a fraction or, with {@code asPercent}, a percentage.
   */
  String table(String firstColumn, String rateLabel, boolean asPercent) {
    StringBuilder out = new StringBuilder();
    out.append("| ")
        .append(firstColumn)
        .append(" | group | n | hits | ")
        .append(rateLabel)
        .append(" |\n");
    out.append("|---|---|---:|---:|---:|\n");
    dimensions.forEach(
        (dimension, groups) ->
            groups.forEach(
                (group, counts) ->
                    out.append(
                        String.format(
                            Locale.ROOT,
                            "| %s | %s | %,d | %,d | %s |%n",
                            dimension,
                            group,
                            counts[1],
                            counts[0],
                            rate(counts, asPercent)))));
    return out.toString();
  }

  static String rate(int[] counts, boolean asPercent) {
    if (counts[1] == 0) {
      return "–";
    }
    double rate = (double) counts[0] / counts[1];
    return asPercent
        ? String.format(Locale.ROOT, "%.2f %%", rate * 100)
        : String.format(Locale.ROOT, "%.3f", rate);
  }
}

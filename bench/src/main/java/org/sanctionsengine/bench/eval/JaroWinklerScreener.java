package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;

/**
 * Baseline 1, the approach of many screening tools: the Jaro–Winkler similarity of the whole
 * lower-cased name against every list name, a match from {@value #THRESHOLD}.
 */
final class JaroWinklerScreener implements Screener {
  static final double THRESHOLD = 0.90;
  private final List<String> names = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  JaroWinklerScreener(List<Entity> entities) {
    for (Entity entity : entities) {
      for (Name name : entity.names()) {
        names.add(PlainText.of(name.value()));
        keys.add(entity.ref().key());
      }
    }
  }

  @Override
  public String label() {
    return "Jaro–Winkler, brute force (≥ " + THRESHOLD + ")";
  }

  @Override
  public Set<String> matches(String name) {
    String query = PlainText.of(name);
    Set<String> matches = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (similarity(query, names.get(i)) >= THRESHOLD) {
        matches.add(keys.get(i));
      }
    }
    return matches;
  }

  static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] aMatched = new boolean[a.length()];
    boolean[] bMatched = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
          aMatched[i] = true;
          bMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < a.length(); i++) {
      if (aMatched[i]) {
        while (!bMatched[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}

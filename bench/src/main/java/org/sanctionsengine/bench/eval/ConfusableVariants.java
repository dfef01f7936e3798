package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Look-alike variants of a Latin name, the way a name is disguised to slip past a screener: one,
 * two or every letter that has a Cyrillic (or Greek) look-alike replaced by it, every letter
 * replaced by a look-alike of either script, and the whole name in full-width or mathematical bold
 * letters. Deterministic for a given {@link Random}.
 */
final class ConfusableVariants {
  static final List<String> KINDS =
      List.of(
          "cyrillic, 1 letter",
          "cyrillic, 2 letters",
          "cyrillic, all letters",
          "greek, 1 letter",
          "greek, all letters",
          "cyrillic + greek, all letters",
          "full-width",
          "mathematical bold");

  private final LookAlikes lookAlikes;
  private final Random random;

  ConfusableVariants(LookAlikes lookAlikes, Random random) {
    this.lookAlikes = lookAlikes;
    this.random = random;
  }

  /**
   * The variants of {@code name} by kind; a kind is missing when the name has no letter it can
   * replace (or, for two letters, fewer than two).
   */
  Map<String, String> of(String name) {
    Map<String, String> variants = new LinkedHashMap<>();
    Map<Character, List<String>> cyrillic = lookAlikes.cyrillic();
    Map<Character, List<String>> greek = lookAlikes.greek();
    put(variants, KINDS.get(0), replace(name, cyrillic, 1));
    put(variants, KINDS.get(1), replace(name, cyrillic, 2));
    put(variants, KINDS.get(2), replace(name, cyrillic, Integer.MAX_VALUE));
    put(variants, KINDS.get(3), replace(name, greek, 1));
    put(variants, KINDS.get(4), replace(name, greek, Integer.MAX_VALUE));
    Map<Character, List<String>> both = new java.util.TreeMap<>(cyrillic);
    greek.forEach(
        (latin, alikes) ->
            both.merge(
                latin,
                alikes,
                (a, b) -> {
                  List<String> merged = new ArrayList<>(a);
                  merged.addAll(b);
                  return merged;
                }));
    put(variants, KINDS.get(5), replace(name, both, Integer.MAX_VALUE));
    put(variants, KINDS.get(6), everyLetter(name, i -> LookAlikes.fullWidth(name.charAt(i))));
    put(
        variants,
        KINDS.get(7),
        everyLetter(name, i -> LookAlikes.mathematicalBold(name.charAt(i))));
    return variants;
  }

  private static void put(Map<String, String> variants, String kind, String variant) {
    if (!variant.isEmpty()) {
      variants.put(kind, variant);
    }
  }

  /**
   * {@code count} letters (all when there are fewer) that have a look-alike in {@code table},
   * chosen at random, replaced by one of their look-alikes; "" when fewer than {@code count} (for a
   * count of 1 or 2) could be replaced.
   */
  private String replace(String name, Map<Character, List<String>> table, int count) {
    List<Integer> replaceable = new ArrayList<>();
    for (int i = 0; i < name.length(); i++) {
      if (table.containsKey(name.charAt(i))) {
        replaceable.add(i);
      }
    }
    if (replaceable.isEmpty() || (count != Integer.MAX_VALUE && replaceable.size() < count)) {
      return "";
    }
    Collections.shuffle(replaceable, random);
    List<Integer> chosen = replaceable.subList(0, Math.min(count, replaceable.size()));
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      if (chosen.contains(i)) {
        List<String> alikes = table.get(name.charAt(i));
        out.append(alikes.get(random.nextInt(alikes.size())));
      } else {
        out.append(name.charAt(i));
      }
    }
    return out.toString();
  }

  private static String everyLetter(String name, IntFunction<String> replacement) {
    StringBuilder out = new StringBuilder();
    boolean any = false;
    for (int i = 0; i < name.length(); i++) {
      any |= LookAlikes.isAsciiLetter(name.charAt(i));
      out.append(replacement.apply(i));
    }
    return any ? out.toString() : "";
  }
}

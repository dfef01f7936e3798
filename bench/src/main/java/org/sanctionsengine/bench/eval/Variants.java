package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.names.KoreanRomanization;

/**
 * Spelling variants of a listed name, as a compliance officer meets them: another case, another
 * token order, a hyphen more or less, a title or legal form, one typo, and for Korean names Hangul
 * and the other romanizations. Each variant is labelled with its kind.
 */
final class Variants {
  private static final List<String> TITLES = List.of("Mr", "Dr.", "General", "Haji");
  private static final List<String> LEGAL_FORMS =
      List.of("Co., Ltd.", "Corporation", "LLC", "Company Limited", "JSC");

  private final Random random;
  private final KoreanVariants korean = new KoreanVariants();

  Variants(Random random) {
    this.random = random;
  }

  /** One variant of each applicable kind for {@code name} of {@code entity}. */
  List<EvalQuery> of(Entity entity, String name) {
    String key = entity.ref().key();
    List<EvalQuery> out = new ArrayList<>();
    out.add(
        new EvalQuery(
            random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT),
            key,
            "case"));
    String[] tokens = name.replace(",", " ").trim().split("\\s+");
    if (entity.kind() == EntityKind.PERSON && tokens.length >= 2) {
      List<String> reordered = new ArrayList<>(Arrays.asList(tokens));
      Collections.reverse(reordered);
      out.add(new EvalQuery(String.join(" ", reordered), key, "token order"));
      out.add(new EvalQuery(pick(TITLES) + " " + name, key, "title"));
    }
    if (entity.kind() != EntityKind.PERSON) {
      out.add(new EvalQuery(name + " " + pick(LEGAL_FORMS), key, "legal form"));
    }
    typo(tokens).ifPresent(typo -> out.add(new EvalQuery(typo, key, "typo")));
    if (tokens.length >= 3 && entity.kind() == EntityKind.PERSON) {
      out.add(
          new EvalQuery(
              tokens[0]
                  + " "
                  + tokens[1]
                  + "-"
                  + tokens[2].toLowerCase(Locale.ROOT)
                  + rest(tokens, 3),
              key,
              "hyphenated"));
    }
    if (entity.isDprk() && entity.kind() == EntityKind.PERSON) {
      korean
          .hangul(name)
          .ifPresent(
              syllables -> {
                out.add(new EvalQuery(KoreanVariants.inHangul(syllables), key, "Korean: Hangul"));
                out.add(
                    new EvalQuery(
                        KoreanVariants.romanized(syllables, KoreanRomanization.REVISED, "-"),
                        key,
                        "Korean: Revised Romanization"));
                out.add(
                    new EvalQuery(
                        KoreanVariants.romanized(
                            syllables, KoreanRomanization.MCCUNE_REISCHAUER, "-"),
                        key,
                        "Korean: McCune-Reischauer"));
                out.add(
                    new EvalQuery(
                        KoreanVariants.romanized(syllables, KoreanRomanization.DPRK, ""),
                        key,
                        "Korean: given name joined"));
              });
    }
    return out;
  }

  private java.util.Optional<String> typo(String[] tokens) {
    List<Integer> long_ = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].length() >= 5 && tokens[i].chars().allMatch(Character::isLetter)) {
        long_.add(i);
      }
    }
    if (long_.isEmpty() || tokens.length < 2) {
      return java.util.Optional.empty();
    }
    int index = long_.get(random.nextInt(long_.size()));
    char[] letters = tokens[index].toCharArray();
    int at = 1 + random.nextInt(letters.length - 2);
    switch (random.nextInt(3)) {
      case 0 -> letters[at] = (char) ('a' + random.nextInt(26));
      case 1 -> {
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
      }
      default -> letters[at] = letters[at - 1];
    }
    String[] copy = tokens.clone();
    copy[index] = new String(letters);
    return java.util.Optional.of(String.join(" ", copy));
  }

  private static String rest(String[] tokens, int from) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < tokens.length; i++) {
      out.append(' ').append(tokens[i]);
    }
    return out.toString();
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}

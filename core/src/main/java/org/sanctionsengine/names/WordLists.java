package org.sanctionsengine.names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists that give tokens their kind: titles (dropped from people's names), legal forms
 * (weak in names of organizations) and particles (weak everywhere). Each list is a resource file
 * beside this class, one word a line, so a reviewer can read and extend it.
 */
final class WordLists {
  private final Set<String> titles;
  private final Set<String> legalForms;
  private final Set<String> particles;
  private final Set<String> innerParticles;
  private final List<String> cjkLegalForms;

  private WordLists(Set<String> titles, Set<String> legalForms, Set<String> particleLines) {
    this.titles = Set.copyOf(titles);
    this.legalForms = Set.copyOf(legalForms);
    Set<String> particles = new HashSet<>();
    Set<String> inner = new HashSet<>();
    for (String line : particleLines) {
      if (line.startsWith("~")) {
        inner.add(line.substring(1));
      } else {
        particles.add(line);
      }
    }
    this.particles = Set.copyOf(particles);
    this.innerParticles = Set.copyOf(inner);
    // Longest first, so that 股份有限公司 is cut off whole rather than as 公司.
    this.cjkLegalForms =
        legalForms.stream()
            .filter(WordLists::isCjk)
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .toList();
  }

  static WordLists load() {
    return new WordLists(
        new HashSet<>(Resources.lines("titles.txt")),
        new HashSet<>(Resources.lines("legal-forms.txt")),
        new HashSet<>(Resources.lines("particles.txt")));
  }

  boolean isTitle(String word) {
    return titles.contains(word);
  }

  boolean isLegalForm(String word) {
    return legalForms.contains(word);
  }

  /**
   * Whether the word is a particle where it stands: some are particles only after a name's first
   * word ("ben" in "Osama ben Laden", a given name in "Ben Smith").
   */
  boolean isParticle(String word, boolean first) {
    return particles.contains(word) || (!first && innerParticles.contains(word));
  }

  /** Legal forms written in Hangul or Chinese characters, longest first. */
  List<String> cjkLegalForms() {
    return cjkLegalForms;
  }

  private static boolean isCjk(String word) {
    return word.codePoints().anyMatch(c -> c >= 0x2E80);
  }
}

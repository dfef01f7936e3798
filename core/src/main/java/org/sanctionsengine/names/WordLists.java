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
  private final List<String> cjkLegalForms;

  private WordLists(Set<String> titles, Set<String> legalForms, Set<String> particles) {
    this.titles = Set.copyOf(titles);
    this.legalForms = Set.copyOf(legalForms);
    this.particles = Set.copyOf(particles);
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

  boolean isParticle(String word) {
    return particles.contains(word);
  }

  /** Legal forms written in Hangul or Chinese characters, longest first. */
  List<String> cjkLegalForms() {
    return cjkLegalForms;
  }

  private static boolean isCjk(String word) {
    return word.codePoints().anyMatch(c -> c >= 0x2E80);
  }
}

package org.sanctionsengine.match;

/** How a query token met a list token. */
public enum MatchMethod {
  /** Same normalized text ("kim" = "KIM"). */
  EXACT("exact"),
  /**
   * Different spellings of one name: a shared Korean phonetic key (Jong / Jeong / Chung), the
   * Korean reading of a Chinese character (金 / Kim), or the consonant skeleton of an Arabic-script
   * token.
   */
  ROMANIZATION("romanization variant"),
  /** Close spelling: few letters differ (Qadhafi / Qaddafi). */
  EDIT_DISTANCE("edit distance"),
  /**
   * One wrong, doubled or dropped letter in a short Korean syllable of a Korean name (Jon / Jong,
   * Hai / Hae): a typo, counted low enough that one such syllable passes when the rest of the name
   * agrees and two do not.
   */
  SYLLABLE_TYPO("syllable typo"),
  /** A single letter standing for the other token ("J" / "John"). */
  INITIAL("initial");

  private final String label;

  MatchMethod(String label) {
    this.label = label;
  }

  /** How the method reads in explanations. */
  public String label() {
    return label;
  }
}

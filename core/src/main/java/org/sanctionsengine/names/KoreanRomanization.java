package org.sanctionsengine.names;

/**
 * The three ways Korean is written in Latin letters on sanctions lists. The jamo tables of each
 * system are in {@link HangulRomanizer} and documented in {@code docs/matching.md}.
 */
public enum KoreanRomanization {
  /**
   * The DPRK's own spelling as it appears in UN and national lists: "Kim Jong Un", "Ri", "Choe",
   * "Phyongchon". Its ŏ and ŭ are written o and u, as the lists write them.
   */
  DPRK,
  /** McCune–Reischauer with breves and aspiration apostrophes: "Kim Chŏng-ŭn", "Ch'oe". */
  MCCUNE_REISCHAUER,
  /** Revised Romanization of Korean (South Korea, 2000): "Gim Jeong-eun", "Choe", "I". */
  REVISED
}

package org.sanctionsengine.names;

/** What a token of a normalized name is, which decides how much it weighs in a match. */
public enum TokenKind {
  /** An ordinary word or syllable of the name. */
  NORMAL,
  /**
   * A word kept but weighed little: a legal form (Co., Ltd., LLC, 주식회사, 有限公司, ООО), a generic
   * business word (Trading, General) or a particle (bin, al, of, van).
   */
  WEAK,
  /** A single Latin letter standing for a word ("J." in "J. Smith"). */
  INITIAL
}

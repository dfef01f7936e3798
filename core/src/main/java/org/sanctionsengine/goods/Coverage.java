package org.sanctionsengine.goods;

/** How far a goods scope covers a queried HS code. */
public enum Coverage {
  /** The code lies wholly inside the scope. */
  FULL,
  /**
   * Part of what the code names is inside the scope ({@code 27} against a scope of {@code 2710}).
   */
  PARTIAL,
  /** Nothing the code names is inside the scope. */
  NONE
}

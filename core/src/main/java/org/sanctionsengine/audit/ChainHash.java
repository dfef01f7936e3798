package org.sanctionsengine.audit;

import java.util.regex.Pattern;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A SHA-256 hash of the audit chain, as 64 lower-case hexadecimal digits.
 *
 * @param hex the 64 hex digits
 */
public record ChainHash(String hex) {
  // Declared before GENESIS: static fields initialise in order, and GENESIS is checked with it.
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** The "previous hash" of the first entry: 64 zeros. */
  public static final ChainHash GENESIS = new ChainHash("0".repeat(64));

  public ChainHash {
    if (!HEX.matcher(hex).matches()) {
      throw new InvalidInputException(
          "'"
              + hex
              + "' is not a chain hash: expected 64 lower-case hexadecimal digits (SHA-256), as"
              + " `sanctions audit verify` prints them.");
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}

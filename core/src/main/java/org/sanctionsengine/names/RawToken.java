package org.sanctionsengine.names;

import java.util.Set;
import org.sanctionsengine.entity.Script;

/**
 * A token after transliteration, before it is given a kind and keys.
 *
 * @param text lower-case ASCII letters and digits
 * @param script the script it was written in
 * @param readings other Latin readings (the Korean readings of a Chinese character)
 * @param abbreviation whether it stands for dotted letters ("sa" from "S.A.")
 * @param title whether it is a title recognised in its own script (동지, 先生)
 */
record RawToken(
    String text, Script script, Set<String> readings, boolean abbreviation, boolean title) {
  static RawToken of(String text, Script script) {
    return new RawToken(text, script, Set.of(), false, false);
  }
}

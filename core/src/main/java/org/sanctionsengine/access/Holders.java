package org.sanctionsengine.access;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a key holder is, as four eyes compares people: two holder names are the same person when
 * their {@link #identity identities} are equal. The identity folds away everything that makes two
 * names look different to a program but alike to a reader: compatibility forms (full-width {@code
 * ａｌｉｃｅ}), case, invisible characters (zero-width space, soft hyphen, joiners, direction marks),
 * kinds of space (non-breaking, ideographic) and letters of other scripts that imitate Latin ones
 * (Cyrillic {@code а}), by ICU's confusable skeleton (Unicode TS 39), and combining marks.
 */
public final class Holders {
  /** Default-ignorable code points and format characters: nothing a reader can see. */
  private static final UnicodeSet INVISIBLE =
      new UnicodeSet("[[:Default_Ignorable_Code_Point:][:Cf:]]").freeze();

  private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  // SpoofChecker is immutable once built and its getSkeleton is thread-safe.
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  private Holders() {}

  /**
   * The identity of a holder name: NFKC with case folding, invisible characters removed, runs of
   * any space made one space, trimmed, then the confusable skeleton (folded again, since a skeleton
   * may map to upper-case or compatibility forms), without combining marks.
   */
  public static String identity(String holder) {
    String folded = NFKC_CASEFOLD.normalize(holder);
    StringBuilder visible = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !INVISIBLE.contains(c)).forEach(visible::appendCodePoint);
    folded = visible.toString();
    folded = SPACES.matcher(folded).replaceAll(" ").strip();
    String skeleton = SPOOF.getSkeleton(folded);
    // Marks last: "ALİCE" folds to "i" + combining dot, which a reader does not tell from "alice";
    // the cost, "Zoë" and "Zoe" being one holder, falls on the safe side for four eyes.
    String unmarked =
        MARKS.matcher(NFD.normalize(NFKC_CASEFOLD.normalize(skeleton))).replaceAll("");
    return NFC.normalize(unmarked).toLowerCase(Locale.ROOT);
  }

  /** Whether two holder names are one person under {@link #identity}. */
  public static boolean isSamePerson(String one, String other) {
    return identity(one).equals(identity(other));
  }

  /**
   * The existing holder that {@code wanted} would pass for, if it differs in spelling: a new key
   * for {@code "alice\u200B"} when {@code alice} holds one. The same spelling is the same holder (a
   * second key for one person is fine), so it is not a conflict.
   */
  public static Optional<String> lookAlike(String wanted, Iterable<String> existing) {
    String identity = identity(wanted);
    for (String holder : existing) {
      if (!holder.equals(wanted) && identity(holder).equals(identity)) {
        return Optional.of(holder);
      }
    }
    return Optional.empty();
  }
}

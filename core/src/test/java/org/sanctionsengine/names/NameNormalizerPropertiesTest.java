package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsengine.names.Names.NORMALIZER;
import static org.sanctionsengine.names.Names.kinds;
import static org.sanctionsengine.names.Names.meetTokenByToken;
import static org.sanctionsengine.names.Names.texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctionsengine.entity.EntityKind;

/**
 * Invariants of normalization over generated names. Seeds are fixed so that a failure reproduces;
 * jqwik prints the seed and the shrunk example of any failure.
 */
class NameNormalizerPropertiesTest {

  @Property(tries = 400, seed = "4711")
  void normalize_normalizedText_isAFixedPoint(
      @ForAll("names") String name, @ForAll EntityKind kind) {
    NormalizedName once = NORMALIZER.normalize(name, kind);
    NormalizedName twice = NORMALIZER.normalize(once.text(), kind);

    assertThat(texts(twice)).isEqualTo(texts(once));
    assertThat(kinds(twice)).isEqualTo(kinds(once));
  }

  @Property(tries = 300, seed = "4712")
  void normalize_latinOrHangulName_keepsItsKeysWhenNormalizedAgain(
      @ForAll("latinOrHangulNames") String name) {
    NormalizedName once = NORMALIZER.normalize(name);
    NormalizedName twice = NORMALIZER.normalize(once.text());

    assertThat(twice.tokens().stream().map(NameToken::keys).toList())
        .isEqualTo(once.tokens().stream().map(NameToken::keys).toList());
  }

  @Property(tries = 300, seed = "4713")
  void normalize_personsWordsInAnyOrder_giveTheSameTokens(
      @ForAll("names") String name, @ForAll long shuffleSeed) {
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    Collections.shuffle(words, new Random(shuffleSeed));
    String shuffled = String.join(" ", words);

    NormalizedName original = NORMALIZER.normalize(name, EntityKind.PERSON);
    NormalizedName reordered = NORMALIZER.normalize(shuffled, EntityKind.PERSON);

    assertThat(reordered.tokens()).containsExactlyInAnyOrderElementsOf(original.tokens());
  }

  @Property(tries = 500, seed = "4714")
  void normalize_romanizationsOfAHangulName_meetTheHangulForm(
      @ForAll("hangulNames") String hangul, @ForAll KoreanRomanization system) {
    String surname = hangul.substring(0, 1);
    String givenName = hangul.substring(1);
    String romanized =
        HangulRomanizer.romanize(surname, system, "")
            + " "
            + HangulRomanizer.romanize(givenName, system, "-");

    assertThat(meetTokenByToken(NORMALIZER.normalize(hangul), NORMALIZER.normalize(romanized)))
        .as("%s ~ %s", hangul, romanized)
        .isTrue();
  }

  @Property(tries = 300, seed = "4715")
  void normalize_givenNameWrittenJoined_meetsTheHangulFormsJoinedPair(
      @ForAll("hangulNames") String hangul, @ForAll KoreanRomanization system) {
    // Joined spellings lose the syllable boundary; where it falls between two vowels
    // ("Ga-eun" written "Gaeun") the systems spell the vowels differently and cannot be realigned.
    if (hangul.length() != 3 || isOpen(hangul.charAt(1)) && isVowelInitial(hangul.charAt(2))) {
      return;
    }
    String joined =
        HangulRomanizer.romanize(hangul.substring(0, 1), system, "")
            + " "
            + HangulRomanizer.romanize(hangul.substring(1), system, "");
    NameToken joinedGivenName = NORMALIZER.normalize(joined).tokens().get(1);

    assertThat(NORMALIZER.normalize(hangul).joinedPairs().get(1).sharesKeyWith(joinedGivenName))
        .as("%s ~ %s", hangul, joined)
        .isTrue();
  }

  private static boolean isOpen(char syllable) {
    return (syllable - 0xAC00) % 28 == 0;
  }

  private static boolean isVowelInitial(char syllable) {
    return (syllable - 0xAC00) / 588 == 11;
  }

  @Provide
  Arbitrary<String> hangulNames() {
    return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(2).ofMaxLength(4);
  }

  @Provide
  Arbitrary<String> latinOrHangulNames() {
    return Arbitraries.oneOf(latinWord(), hangulWord(), fixedWords())
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            latinWord(),
            latinWord(),
            hangulWord(),
            Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withCharRange('\u0628', '\u064A').ofMinLength(2).ofMaxLength(6),
            fixedWords());
    return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
  }

  private static Arbitrary<String> latinWord() {
    Arbitrary<String> letters =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíñçşğıİøßæŏŭ")
            .ofMinLength(1)
            .ofMaxLength(9);
    Arbitrary<String> punctuation = Arbitraries.of("", "", "", "-", "'", "’", ".", ",");
    return Combinators.combine(letters, punctuation, letters).as((a, p, b) -> a + p + b);
  }

  private static Arbitrary<String> hangulWord() {
    return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(4);
  }

  private static Arbitrary<String> fixedWords() {
    return Arbitraries.of(
        "Mr",
        "Dr.",
        "General",
        "Marshal",
        "Haji",
        "Co.",
        "Ltd",
        "S.A.",
        "J.R.",
        "LLC",
        "bin",
        "al-",
        "주식회사",
        "有限公司",
        "동지",
        "ООО",
        "39",
        "(KPe.018)",
        "Kim",
        "Jong-un");
  }
}

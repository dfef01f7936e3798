package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

/**
 * Issue 12: a listed name written with look-alike letters of other scripts (evasion) scores as the
 * name itself, and the explanation says that letters were folded.
 */
class LookAlikeLettersTest {
  /**
   * Latin letters and look-alikes of theirs, written out here from the Unicode code charts rather
   * than taken from the code under test.
   */
  private static final Map<Character, List<String>> LOOK_ALIKES =
      Map.ofEntries(
          Map.entry('A', List.of("\u0410", "\u0391")), // Cyrillic А, Greek Alpha
          Map.entry('B', List.of("\u0412", "\u0392")),
          Map.entry('C', List.of("\u0421")),
          Map.entry('E', List.of("\u0415", "\u0395")),
          Map.entry('H', List.of("\u041D", "\u0397")),
          Map.entry('I', List.of("\u0406", "\u0399")), // Ukrainian І, Greek Iota
          Map.entry('J', List.of("\u0408")),
          Map.entry('K', List.of("\u041A", "\u039A")),
          Map.entry('M', List.of("\u041C", "\u039C")),
          Map.entry('N', List.of("\u039D")),
          Map.entry('O', List.of("\u041E", "\u039F")),
          Map.entry('P', List.of("\u0420", "\u03A1")),
          Map.entry('S', List.of("\u0405")),
          Map.entry('T', List.of("\u0422", "\u03A4")),
          Map.entry('X', List.of("\u0425", "\u03A7")),
          Map.entry('Y', List.of("\u03A5")),
          Map.entry('a', List.of("\u0430")),
          Map.entry('c', List.of("\u0441")),
          Map.entry('e', List.of("\u0435")),
          Map.entry('i', List.of("\u0456")),
          Map.entry('j', List.of("\u0458")),
          Map.entry('o', List.of("\u043E", "\u03BF")),
          Map.entry('p', List.of("\u0440")),
          Map.entry('s', List.of("\u0455")),
          Map.entry('x', List.of("\u0445")),
          Map.entry('y', List.of("\u0443")));

  private static final List<Entity> UN =
      ListReading.read(ListFormat.UN_XML, SharedData.file("un/consolidated.xml")).entities();
  private static final NameIndex INDEX = NameIndex.build(UN, NameNormalizer.create());

  @Provide
  Arbitrary<Name> latinNames() {
    return Arbitraries.of(
        UN.stream()
            .flatMap(entity -> entity.names().stream())
            .filter(name -> name.value().matches("[A-Za-z][A-Za-z .'-]{5,}"))
            .toList());
  }

  @Property(tries = 300, seed = "1201")
  void listedName_withLookAlikeLetters_scoresAsTheNameItself(
      @ForAll("latinNames") Name name, @ForAll("seeds") long seed) {
    String disguised = disguise(name.value(), seed);
    List<Match> plain = INDEX.search(MatchQuery.of(name.value()), 1, 0.0);

    List<Match> hits = INDEX.search(MatchQuery.of(disguised), 1, 0.0);

    assertThat(disguised).isNotEqualTo(name.value());
    assertThat(hits).as(disguised).isNotEmpty();
    assertThat(hits.get(0).score()).as(disguised).isEqualTo(plain.get(0).score());
    assertThat(hits.get(0).entity().ref()).isEqualTo(plain.get(0).entity().ref());
    assertThat(hits.get(0).breakdown().explain()).contains("look-alike letters folded");
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** Replaces one to three letters (those with look-alikes) by a look-alike, chosen by the seed. */
  private static String disguise(String name, long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder out = new StringBuilder(name);
    List<Integer> positions =
        java.util.stream.IntStream.range(0, name.length())
            .filter(i -> LOOK_ALIKES.containsKey(name.charAt(i)))
            .boxed()
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    java.util.Collections.shuffle(positions, random);
    int replaced = 1 + random.nextInt(3);
    for (int i : positions.subList(0, Math.min(replaced, positions.size()))) {
      List<String> choices = LOOK_ALIKES.get(name.charAt(i));
      out.replace(i, i + 1, choices.get(random.nextInt(choices.size())));
    }
    return out.toString();
  }

  @Test
  void theIssuesExample_changgwangWithCyrillicLetters_meetsTheLatinEntry() {
    List<Match> hits =
        INDEX.search(MatchQuery.of("\u0421h\u0430nggwang Sinyong Corporation"), 1, 0.82);

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).score()).isEqualTo(1.0);
    assertThat(hits.get(0).breakdown().explain())
        .contains("look-alike letters folded: С (Cyrillic U+0421) → C, а (Cyrillic U+0430) → a");
  }

  @Test
  void aNameWhollyInCyrillic_isTransliterated_notFoldedByLooks() {
    // "Муаммар" read by its letters is Muammar; by its looks it would be "MyaMMap".
    var normalized = NameNormalizer.create().normalize("Муаммар Каддафи");

    assertThat(normalized.text()).isEqualTo("muammar kaddafi");
    assertThat(normalized.lookAlikes()).isEmpty();
  }

  @Test
  void aLatinNameWithoutLookAlikes_hasNoneReported() {
    assertThat(NameNormalizer.create().normalize("Ağaoğlu Trading").lookAlikes()).isEmpty();
    assertThat(INDEX.search(MatchQuery.of("Kim Jong Un"), 1, 0.0).get(0).breakdown().explain())
        .doesNotContain("look-alike");
  }
}

package org.sanctionsengine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.SpoofChecker;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Person;

/** The logic of the issue-12 evaluation sets; nothing here is timed or reads the real lists. */
class IndependentSetsTest {

  private static Entity person(String id, String... names) {
    Listing.Builder listing = Listing.builder(Name.primary(names[0]));
    for (int i = 1; i < names.length; i++) {
      listing.name(Name.of(names[i], NameType.ALIAS, NameQuality.STRONG));
    }
    return Person.of(new ListEntryRef(ListSource.UN, id, "test"), listing.build());
  }

  @Test
  void trivialReason_sameWordsOrCaseOrAccents_notHeldOut() {
    List<Name> names =
        person("1", "KIM, Jong Un", "Jong Un KIM", "Kím Jong-un", "Kim Jong Il").names();

    assertThat(LeaveOneNameOut.trivialReason(names, 0))
        .isEqualTo("the same up to case, accents or punctuation");
    assertThat(LeaveOneNameOut.trivialReason(names, 1))
        .isEqualTo("the same words in another order");
    assertThat(LeaveOneNameOut.trivialReason(names, 3)).isEmpty();
  }

  @Test
  void plan_entityWithThreeNames_oneNamePerRoundAndSingleNamesNeverHeldOut() {
    List<Entity> entities =
        List.of(person("1", "Alpha Beta", "Gamma Delta", "Epsilon"), person("2", "Zeta"));

    LeaveOneNameOut.Plan plan = LeaveOneNameOut.plan(entities, new Random(1));

    assertThat(plan.rounds()).hasSize(3).allSatisfy(round -> assertThat(round).hasSize(1));
    assertThat(plan.size()).isEqualTo(3);
    assertThat(plan.skipped()).isEmpty();
  }

  @Test
  void without_heldOutName_isGoneAndTheRestKept() {
    Entity entity = person("1", "Alpha Beta", "Gamma Delta", "Epsilon");

    Entity reduced = EntityCopies.without(entity, 1);

    assertThat(reduced.names()).extracting(Name::value).containsExactly("Alpha Beta", "Epsilon");
    assertThat(reduced.ref()).isEqualTo(entity.ref());
  }

  @Test
  void confusableVariants_everyVariant_looksLikeTheName() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    ConfusableVariants variants =
        new ConfusableVariants(LookAlikes.fromUnicodeData(), new Random(7));

    Map<String, String> made = variants.of("Kim Jong Un");

    assertThat(made.keySet()).containsExactlyElementsOf(ConfusableVariants.KINDS);
    made.forEach(
        (kind, variant) -> {
          assertThat(variant).as(kind).isNotEqualTo("Kim Jong Un");
          // UTS #39 skeletons do not fold compatibility forms: full-width and bold fold by NFKC.
          String folded =
              kind.startsWith("cyrillic") || kind.startsWith("greek")
                  ? checker.getSkeleton(variant)
                  : java.text.Normalizer.normalize(variant, java.text.Normalizer.Form.NFKC);
          String expected =
              kind.startsWith("cyrillic") || kind.startsWith("greek")
                  ? checker.getSkeleton("Kim Jong Un")
                  : "Kim Jong Un";
          assertThat(folded).as(kind).isEqualTo(expected);
        });
  }

  @Test
  void confusableVariants_sameSeed_sameVariants() {
    LookAlikes lookAlikes = LookAlikes.fromUnicodeData();

    assertThat(new ConfusableVariants(lookAlikes, new Random(3)).of("Mohammed Omar"))
        .isEqualTo(new ConfusableVariants(lookAlikes, new Random(3)).of("Mohammed Omar"));
  }

  @Test
  void lookAlikes_fromUnicodeData_holdTheIssuesLetters() {
    LookAlikes lookAlikes = LookAlikes.fromUnicodeData();

    assertThat(lookAlikes.cyrillic().get('a')).contains("а");
    assertThat(lookAlikes.cyrillic().get('H')).contains("Н");
    assertThat(lookAlikes.cyrillic().get('i')).contains("і");
    assertThat(lookAlikes.greek().get('o')).contains("ο");
    assertThat(LookAlikes.fullWidth('A')).isEqualTo("Ａ");
    assertThat(LookAlikes.fullWidth('z')).isEqualTo("ｚ");
    assertThat(LookAlikes.mathematicalBold('K')).isEqualTo("𝐊");
  }

  @Test
  void ordinaryNames_generate_hundredDistinctNamesPerCulture() {
    List<OrdinaryNames.Culture> cultures = OrdinaryNames.load();

    List<OrdinaryNames.OrdinaryName> names = OrdinaryNames.generate(cultures, new Random(1));

    assertThat(cultures).hasSize(38);
    assertThat(names).hasSize(38 * OrdinaryNames.PER_CULTURE);
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void scripts_of_namesTheEngineFoldsIntoOther_areNamed() {
    assertThat(Scripts.of("Ανδρέας Παπαδόπουλος")).isEqualTo("greek");
    assertThat(Scripts.of("김정은")).isEqualTo("hangul");
    assertThat(Scripts.of("1234")).isEqualTo("none");
  }
}

package org.sanctionsengine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

class ListDiffTest {
  @TempDir Path home;

  @Test
  void between_renamedAliasAndNewEntry_reportsChangedPartsAndAddition() throws IOException {
    TestClock clock = TestClock.standard();
    SnapshotStore store = SnapshotStore.open(home, clock);
    store.importList(
        ListFormat.UN_XML,
        ListInput.of(SharedData.file("un/consolidated.xml")),
        ImportOptions.defaults());
    String xml = Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8);
    String edited =
        xml.replace(
                "<ALIAS_NAME>Cho Yong Chol</ALIAS_NAME>", "<ALIAS_NAME>Cho Yong Chul</ALIAS_NAME>")
            .replace(
                "</INDIVIDUALS>",
                "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>NEW</FIRST_NAME>"
                    + "<SECOND_NAME>PERSON</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>"
                    + "<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>");
    Path file = home.resolve("edited.xml");
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    clock.advance(Duration.ofDays(1));
    store.importList(ListFormat.UN_XML, ListInput.of(file), ImportOptions.defaults());

    ListSnapshot current = store.current(ListSource.UN).orElseThrow();
    ListSnapshot previous =
        store.snapshot(current.manifest().previousSnapshotId().orElseThrow()).orElseThrow();
    ListDiff diff = ListDiff.between(previous, current);

    assertThat(diff.added()).extracting(e -> e.ref().sourceId()).containsExactly("KPi.999");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.after().ref().sourceId()).isEqualTo("KPi.034");
              assertThat(change.parts()).containsExactly("names");
            });
    assertThat(ListDiff.between(current, current).isEmpty()).isTrue();
    assertThat(current.entities()).extracting(Entity::isDprk).contains(true);
  }
}

package org.sanctionsengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

/**
 * Re-screening after a list update, on two snapshots of the real UN list: the second with two
 * entries removed, one alias replaced and one entry added.
 */
class RescreeningJobTest {
  @TempDir Path home;
  @TempDir Path work;

  private static final List<String> PARTIES =
      List.of(
          "id,name",
          "removed-1,Yun Ho Jin",
          "removed-2,Ri Je-son",
          "new-alias,Pak Tong Hak",
          "old-alias,Cho Yong Chol",
          "added,Sok Chol Man",
          "unchanged,Kim Jong Il",
          "unlisted,Maria Gonzalez",
          "no-name,");

  @Test
  void rescreen_listUpdate_reportsExactlyTheHitsThatAppearedAndDisappeared() throws IOException {
    TestClock clock = TestClock.standard();
    SnapshotStore store = SnapshotStore.open(home, clock);
    Path un = SharedData.file("un/consolidated.xml");
    store.importList(ListFormat.UN_XML, ListInput.of(un), ImportOptions.defaults());
    String oldId = store.current(ListSource.UN).orElseThrow().manifest().snapshotId();
    Path edited = work.resolve("un-edited.xml");
    Files.writeString(edited, update(Files.readString(un, StandardCharsets.UTF_8)));
    clock.advance(Duration.ofDays(1));
    store.importList(ListFormat.UN_XML, ListInput.of(edited), ImportOptions.defaults());
    String newId = store.current(ListSource.UN).orElseThrow().manifest().snapshotId();
    Path csv = work.resolve("parties.csv");
    Files.write(csv, PARTIES, StandardCharsets.UTF_8);
    String output = work.resolve("out").toString();

    ScreeningJob.run(
        LocalSpark.session(),
        JobOptions.parse(
            "--parties",
            csv.toString(),
            "--snapshots",
            home.toString(),
            "--old",
            oldId,
            "--new",
            newId,
            "--output",
            output));

    Map<String, String> actual = new LinkedHashMap<>();
    for (Row row :
        LocalSpark.session()
            .read()
            .parquet(output + "/rescreening")
            .orderBy("row")
            .collectAsList()) {
      actual.put(
          row.getAs("id"),
          row.isNullAt(2)
              ? keys(row.getList(3)) + " / " + keys(row.getList(4))
              : "error: " + row.getString(2));
    }
    assertThat(actual)
        .containsExactly(
            Map.entry("removed-1", "[] / [un:KPi.001 match]"),
            Map.entry("removed-2", "[] / [un:KPi.002 match]"),
            Map.entry("new-alias", "[un:KPi.034 match] / []"),
            Map.entry("added", "[un:KPi.999 match] / []"),
            Map.entry(
                "no-name",
                "error: No name to screen: expected a name (or an IMO number), found neither."
                    + " Give the party's name, e.g. \"Kim Jong Un\"."));
    assertThat(actual).isEqualTo(fullScreeningDifferences(store, oldId, newId, actual));
  }

  /** The same, from screening every party against the whole old and the whole new snapshot. */
  private static Map<String, String> fullScreeningDifferences(
      SnapshotStore store, String oldId, String newId, Map<String, String> errors) {
    NameIndex before = index(store.snapshot(oldId).orElseThrow());
    NameIndex after = index(store.snapshot(newId).orElseThrow());
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : PARTIES.subList(1, PARTIES.size())) {
      String[] cells = line.split(",", -1);
      if (cells[1].isEmpty()) {
        expected.put(cells[0], errors.get(cells[0]));
        continue;
      }
      List<String> old =
          levels(Screening.hits(before, MatchQuery.of(cells[1]), Screening.DEFAULT_THRESHOLD));
      List<String> now =
          levels(Screening.hits(after, MatchQuery.of(cells[1]), Screening.DEFAULT_THRESHOLD));
      List<String> appeared = now.stream().filter(hit -> !old.contains(hit)).toList();
      List<String> gone = old.stream().filter(hit -> !now.contains(hit)).toList();
      if (!appeared.isEmpty() || !gone.isEmpty()) {
        expected.put(cells[0], appeared + " / " + gone);
      }
    }
    return expected;
  }

  private static NameIndex index(ListSnapshot snapshot) {
    return NameIndex.build(snapshot.entities(), NameNormalizer.create());
  }

  private static List<String> levels(List<Match> hits) {
    return hits.stream()
        .map(
            hit ->
                hit.entity().ref().key()
                    + (hit.isMatch(Screening.DEFAULT_THRESHOLD) ? " match" : " review"))
        .toList();
  }

  private static String keys(List<Row> hits) {
    List<String> keys = new ArrayList<>();
    for (Row hit : hits) {
      keys.add(hit.getAs("entityId") + (hit.<Boolean>getAs("match") ? " match" : " review"));
    }
    return keys.toString();
  }

  /** The UN list a day later: KPi.001 and KPi.002 delisted, an alias replaced, one entry added. */
  private static String update(String xml) {
    String updated = withoutEntry(withoutEntry(xml, "KPi.001"), "KPi.002");
    return updated
        .replace("<ALIAS_NAME>Cho Yong Chol</ALIAS_NAME>", "<ALIAS_NAME>Pak Tong Hak</ALIAS_NAME>")
        .replace(
            "</INDIVIDUALS>",
            "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>SOK</FIRST_NAME>"
                + "<SECOND_NAME>CHOL MAN</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>"
                + "<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>");
  }

  private static String withoutEntry(String xml, String reference) {
    int at = xml.indexOf("<REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER>");
    int start = xml.lastIndexOf("<INDIVIDUAL>", at);
    int end = xml.indexOf("</INDIVIDUAL>", at) + "</INDIVIDUAL>".length();
    return xml.substring(0, start) + xml.substring(end);
  }
}

package org.sanctionsengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.match.LoadedIndex;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.portfolio.PortfolioGenerator;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

/**
 * The job in local mode ({@code local[2]}) on a few hundred parties made from the real UN and OFAC
 * lists and on generated transactions: every row's result must equal the single-machine path's.
 */
class ScreeningJobLocalTest {
  @TempDir static Path home;
  @TempDir Path work;

  private static NameIndex singleMachineIndex;
  private static List<Entity> listed;

  @BeforeAll
  static void importLists() {
    SnapshotStore store = SnapshotStore.open(home, TestClock.standard());
    store.importList(
        ListFormat.UN_XML,
        ListInput.of(SharedData.file("un/consolidated.xml")),
        ImportOptions.defaults());
    Path sdn = SharedData.file("ofac/sdn_legacy_csv/sdn.csv").getParent();
    store.importList(
        ListFormat.OFAC_SDN_CSV,
        new ListInput(
            List.of(
                sdn.resolve("sdn.csv"),
                sdn.resolve("add.csv"),
                sdn.resolve("alt.csv"),
                sdn.resolve("sdn_comments.csv"))),
        ImportOptions.defaults());
    // As `sanctions screen` gets its index.
    singleMachineIndex = new LoadedIndex(store, NameNormalizer.create()).current().index();
    listed = new ArrayList<>();
    for (ListSnapshot snapshot : store.current()) {
      listed.addAll(snapshot.entities());
    }
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = work.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void parties_csvOfRealNamesAndVariants_sameHitsAsTheSingleMachinePath() throws IOException {
    Path csv = write("parties.csv", Parties.csv(listed, 100, 7));
    String output = work.resolve("out").toString();

    ScreeningJob.run(
        spark(),
        JobOptions.parse(
            "--parties", csv.toString(), "--snapshots", home.toString(), "--output", output));

    Map<Long, String> expected =
        SingleMachine.screen(singleMachineIndex, csv, Screening.DEFAULT_THRESHOLD);
    assertThat(expected).hasSize(314);
    assertThat(Results.parties(spark(), output + "/parties")).isEqualTo(expected);
    assertThat(expected.values())
        .filteredOn(line -> line.contains(" match "))
        .hasSizeGreaterThan(250);
    // An unknown type only narrows the search: the row is screened without it (issue 11).
    assertThat(expected.values())
        .filteredOn(line -> line.contains(" | Unknown party type"))
        .isEmpty();
  }

  @Test
  void parties_parquetInputInThreePartitions_sameResultsAsCsv() throws IOException {
    Path csv = write("parties.csv", Parties.csv(listed, 30, 11));
    String parquet = work.resolve("parties.parquet").toString();
    spark()
        .read()
        .option("header", "true")
        .option("escape", "\"")
        .csv(csv.toString())
        .coalesce(1)
        .write()
        .parquet(parquet);
    String output = work.resolve("out").toString();

    ScreeningJob.run(
        spark(),
        JobOptions.parse(
            "--parties",
            parquet,
            "--snapshots",
            home.toString(),
            "--output",
            output,
            "--partitions",
            "3",
            "--threshold",
            "0.85"));

    assertThat(Results.parties(spark(), output + "/parties"))
        .isEqualTo(SingleMachine.screen(singleMachineIndex, csv, 0.85));
  }

  @Test
  void transactions_capsCountedAcrossPartitions_sameDecisionsAsTheSingleMachinePath()
      throws IOException {
    StringWriter generated = new StringWriter();
    new PortfolioGenerator(42).write(600, generated);
    List<String> lines = new ArrayList<>(generated.toString().lines().toList());
    // Refined petroleum into the DPRK past the 2019 cap, two on one day, and rows to refuse.
    lines.add("cap-1,2019-11-01,CN,KP,2710.19,,200000,barrels,,");
    lines.add("cap-2,2019-02-01,CN,KP,2710.19,,300000,barrels,,");
    lines.add("cap-3,2019-06-01,CN,KP,2710.19,,150000,barrels,,");
    lines.add("cap-4,2019-06-01,RU,KP,2710.12,,10,tonnes,,");
    lines.add("cap-5,2019-06-01,CN,KP,2709.00,,,,,");
    lines.add("bad-date,01/02/2019,CN,KP,2710.19,,1,barrels,,");
    lines.add("bad-hs,2019-02-01,CN,KP,9999.99,,,,,");
    lines.add("bad-country,2019-02-01,CN,XX,2710.19,,,,,");
    Path csv = write("transactions.csv", lines);
    String output = work.resolve("out").toString();

    ScreeningJob.run(
        spark(),
        JobOptions.parse(
            "--transactions", csv.toString(), "--output", output, "--partitions", "3"));

    Screener screener = new Screener(RegimeLoader.dprk());
    Map<Long, String> expected = SingleMachine.check(screener, csv);
    assertThat(expected).hasSize(608);
    assertThat(Results.transactions(spark(), output + "/transactions")).isEqualTo(expected);
    assertThat(expected.get(601L)).startsWith("cap-1 | PROHIBITED");
    assertThat(expected.values()).filteredOn(line -> line.contains("error: ")).hasSize(3);
    List<Row> usage = spark().read().parquet(output + "/cap-usage").collectAsList();
    assertThat(usage)
        .extracting(row -> row.<String>getAs("summary"))
        .contains(
            "S/RES/2397 (2017) OP5, 2019-01-01..2019-12-31: 450,085 bbl of 500,000 bbl used"
                + " (90.0%), 3 deliveries counted, 1 refused");
  }
}

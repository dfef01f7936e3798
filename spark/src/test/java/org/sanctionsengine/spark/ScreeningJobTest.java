package org.sanctionsengine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.testing.SharedData;

/** The job's edge: what it says and which exit code it returns when it cannot run. */
class ScreeningJobTest {
  @TempDir Path work;

  @BeforeAll
  static void startSpark() {
    // Without --master, the job joins the session that is running, as under spark-submit.
    LocalSpark.session();
  }

  private record Outcome(int code, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      int code = ScreeningJob.run(args, err);
      return new Outcome(code, bytes.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void run_noArguments_printsUsageAndExits2() {
    Outcome outcome = run();

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err())
        .startsWith("Usage: spark-submit --class")
        .contains("--old ID --new ID");
  }

  @Test
  void run_usageError_exits2WithTheMessageAndAHint() {
    Outcome outcome = run("--parties", "p.csv");

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                2,
                "sanctions-spark: No --output DIR: give a directory (that does not exist yet) for"
                    + " the results.\nRun with --help for the options.\n"));
  }

  @Test
  void run_missingInput_exits3NamingIt() {
    String missing = work.resolve("nowhere.csv").toString();

    Outcome outcome = run("--parties", missing, "--output", work.resolve("out").toString());

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                3, "sanctions-spark: --parties " + missing + " does not exist: check the path.\n"));
  }

  @Test
  void run_outputExists_exits3WithoutOverwriting() throws IOException {
    Path csv = Files.writeString(work.resolve("p.csv"), "id,name\n1,Kim Jong Un\n");

    Outcome outcome = run("--parties", csv.toString(), "--output", work.toString());

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                3,
                "sanctions-spark: --output "
                    + work
                    + " already exists: the job does not overwrite results. Give a new directory,"
                    + " or remove the old one.\n"));
  }

  @Test
  void run_headerWithoutName_exits3WithTheCommandLinesMessage() throws IOException {
    Path csv = Files.writeString(work.resolve("p.csv"), "id,customer\n1,Kim Jong Un\n");
    String un = SharedData.file("un/consolidated.xml").toString();

    Outcome outcome =
        run(
            "--parties",
            csv.toString(),
            "--snapshots",
            un,
            "--output",
            work.resolve("out").toString());

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                3,
                "sanctions-spark: "
                    + csv
                    + ", line 1: the header names no 'name' (nor 'imo') column: expected any of"
                    + " id,name,type,birth_date,country,imo, found id,customer. Add a header row"
                    + " such as id,name,type,birth_date,country,imo.\n"));
  }

  @Test
  void run_listFilesAsSnapshots_screensAndSummarizes() throws IOException {
    Path csv = Files.writeString(work.resolve("p.csv"), "id,name\n1,Ri Je-son\n2,Maria Gonzalez\n");
    String un = SharedData.file("un/consolidated.xml").toString();
    String output = work.resolve("out").toString();

    Outcome outcome = run("--parties", csv.toString(), "--snapshots", un, "--output", output);

    assertThat(outcome.code()).isZero();
    assertThat(outcome.err())
        .matches(
            "sanctions-spark: parties screened against un-\\S+ in \\d+\\.\\d s; results in "
                + output
                + "\n");
    List<String> matched =
        LocalSpark.session()
            .read()
            .parquet(output + "/parties")
            .where("match")
            .orderBy("row")
            .select("id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(matched).containsExactly("1");
  }

  @Test
  void run_noSnapshots_exits4() {
    Path empty = work.resolve("home");
    assertThat(empty.resolve("lists").toFile().mkdirs()).isTrue();
    Path csv = work.resolve("p.csv");

    Outcome outcome =
        run(
            "--parties",
            writeParties(csv),
            "--snapshots",
            empty.toString(),
            "--output",
            work.resolve("out").toString());

    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                4,
                "sanctions-spark: No list snapshots in ["
                    + empty
                    + "]: there is nothing to screen against. Import a list first with `sanctions"
                    + " lists import FILE`, or give list files with --snapshots.\n"));
  }

  private static String writeParties(Path csv) {
    try {
      return Files.writeString(csv, "id,name\n1,Kim Jong Un\n").toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

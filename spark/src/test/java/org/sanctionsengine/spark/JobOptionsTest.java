package org.sanctionsengine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.match.Screening;

class JobOptionsTest {
  @Test
  void parse_partiesWithEverything_readsEachOption() {
    JobOptions options =
        JobOptions.parse(
            "--parties", "customers.csv",
            "--snapshots", "/lists/un.xml,/lists/sdn",
            "--snapshots", "/home/s",
            "--output", "out",
            "--threshold", "0.85",
            "--partitions", "64",
            "--master", "local[2]");

    assertThat(options)
        .isEqualTo(
            new JobOptions(
                JobOptions.Mode.PARTIES,
                "customers.csv",
                JobOptions.Format.CSV,
                List.of(Path.of("/lists/un.xml"), Path.of("/lists/sdn"), Path.of("/home/s")),
                Optional.empty(),
                "out",
                0.85,
                Optional.of("local[2]"),
                OptionalInt.of(64)));
  }

  @Test
  void parse_parquetPathWithOldAndNew_rescreensParquet() {
    JobOptions options =
        JobOptions.parse(
            "--parties",
            "s3a://bank/customers.parquet",
            "--old",
            "un-1",
            "--new",
            "un-2",
            "--output",
            "out");

    assertThat(options.mode()).isEqualTo(JobOptions.Mode.RESCREEN_PARTIES);
    assertThat(options.format()).isEqualTo(JobOptions.Format.PARQUET);
    assertThat(options.change()).contains(new JobOptions.Change("un-1", "un-2"));
    assertThat(options.threshold()).isEqualTo(Screening.DEFAULT_THRESHOLD);
  }

  @Test
  void parse_transactionsWithExplicitFormat_keepsIt() {
    assertThat(
            JobOptions.parse("--transactions", "t", "--format", "PARQUET", "--output", "o")
                .format())
        .isEqualTo(JobOptions.Format.PARQUET);
  }

  @Test
  void parse_badCommandLines_sayWhatToWriteInstead() {
    assertRefused(
        List.of("--output", "o"),
        "Nothing to screen: give --parties INPUT or --transactions INPUT (CSV or Parquet).");
    assertRefused(
        List.of("--parties", "p.csv"),
        "No --output DIR: give a directory (that does not exist yet) for the results.");
    assertRefused(
        List.of("--parties", "p.csv", "--transactions", "t.csv", "--output", "o"),
        "Give one input, --parties or --transactions, not both (nor one twice).");
    assertRefused(
        List.of("--parties", "p.csv", "--output"),
        "Option --output needs a value, e.g. --output decisions.");
    assertRefused(
        List.of("--parties", "p.csv", "--output", "o", "--format", "xlsx"),
        "Unknown --format 'xlsx': expected csv or parquet.");
    assertRefused(
        List.of("--parties", "p.csv", "--output", "o", "--threshold", "80"),
        "--threshold 80 is out of range: expected a score from 0 to 1, e.g. 0.8.");
    assertRefused(
        List.of("--parties", "p.csv", "--output", "o", "--partitions", "0"),
        "--partitions 0 is not a count: expected a whole number >= 1, e.g. 64.");
    assertRefused(
        List.of("--parties", "p.csv", "--output", "o", "--old", "un-1"),
        "Re-screening needs both snapshots: found only --old un-1. Give --old ID --new ID"
            + " (`sanctions lists status` shows the ids).");
    assertRefused(
        List.of("--transactions", "t.csv", "--output", "o", "--old", "a", "--new", "b"),
        "--old/--new re-screen parties against a list update; transactions are judged against"
            + " the regime, not the lists. Use --parties INPUT with --old and --new.");
    assertRefused(
        List.of("--parties", "p.csv", "--output", "o", "--output", "p"),
        "Option --output was already given: found it twice.");
    assertRefused(
        List.of("p.csv"),
        "Unexpected argument 'p.csv': every argument is an option such as --output DIR.");
  }

  @Test
  void parse_unknownOption_listsTheOptions() {
    assertThatThrownBy(() -> JobOptions.parse("--partys", "p.csv"))
        .isInstanceOf(JobUsageException.class)
        .hasMessageStartingWith("Unknown option '--partys'. The options are:\nUsage: spark-submit");
  }

  private static void assertRefused(List<String> args, String message) {
    assertThatThrownBy(() -> JobOptions.parse(args.toArray(String[]::new)))
        .isInstanceOf(JobUsageException.class)
        .hasMessage(message);
  }
}

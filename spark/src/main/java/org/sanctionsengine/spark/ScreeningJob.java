package org.sanctionsengine.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.SnapshotException;
import org.sanctionsengine.regime.RegimeDataException;

/**
 * The Spark job: screens a dataset of parties or transactions against list snapshots and the
 * regime, and writes the decisions as Parquet. A thin shell: it parses the arguments, loads the
 * lists on the driver and wires Spark around the core calls the command line makes; every decision
 * is made by core. Usage: {@link JobOptions#USAGE}, {@code docs/spark.md}.
 *
 * <p>Exit codes as the command line's: 0 done, 1 internal error, 2 usage error, 3 invalid input, 4
 * list or regime data unusable, 5 I/O error.
 */
public final class ScreeningJob {
  private ScreeningJob() {}

  public static void main(String[] args) {
    int code = run(args, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the job and returns its exit code; messages go to {@code err}. */
  static int run(String[] args, PrintStream err) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      err.print(JobOptions.USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      JobOptions options = JobOptions.parse(args);
      SparkSession.Builder builder = SparkSession.builder().appName("sanctions-screening");
      options.master().ifPresent(builder::master);
      SparkSession spark = builder.getOrCreate();
      try {
        err.println(run(spark, options));
      } finally {
        if (options.master().isPresent()) {
          spark.stop();
        }
      }
      return 0;
    } catch (JobUsageException e) {
      err.println("sanctions-spark: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    } catch (SnapshotException | RegimeDataException e) {
      err.println("sanctions-spark: " + e.getMessage());
      return 4;
    } catch (SanctionsException e) {
      err.println("sanctions-spark: " + e.getMessage());
      return 3;
    } catch (UncheckedIOException e) {
      err.println("sanctions-spark: " + e.getMessage());
      return 5;
    }
  }

  /**
   * Runs the job in a session that is already running (a notebook, a benchmark, another job), with
   * the command line's arguments, and returns the one-line summary the job prints.
   *
   * @throws SanctionsException when an argument, an input or the lists cannot be used
   */
  public static String screen(SparkSession spark, String... args) {
    return run(spark, JobOptions.parse(args));
  }

  /**
   * Runs the job in a session and returns a one-line summary.
   *
   * @throws SanctionsException when an input, an option or the lists cannot be used
   */
  static String run(SparkSession spark, JobOptions options) {
    checkPaths(spark, options);
    long start = System.nanoTime();
    String output = options.output();
    String done =
        switch (options.mode()) {
          case PARTIES -> {
            ListsPayload lists =
                PartyScreening.run(
                    spark,
                    options,
                    () -> Snapshots.current(options.snapshots(), System.getenv()),
                    output);
            yield "parties screened against " + String.join(", ", lists.snapshotIds());
          }
          case RESCREEN_PARTIES -> {
            JobOptions.Change change = options.change().orElseThrow();
            PartyRescreening.run(
                spark,
                options,
                () -> Snapshots.changes(options.snapshots(), change, System.getenv()),
                output);
            yield "parties re-screened against the changes from "
                + change.oldSnapshotId()
                + " to "
                + change.newSnapshotId();
          }
          case TRANSACTIONS -> {
            TransactionScreening.Written written = TransactionScreening.run(spark, options, output);
            yield String.format(
                Locale.ROOT,
                "transactions judged; %d deliver%s counted against %d cap period%s",
                written.capped(),
                written.capped() == 1 ? "y" : "ies",
                written.capPeriods(),
                written.capPeriods() == 1 ? "" : "s");
          }
        };
    return String.format(
        Locale.ROOT,
        "sanctions-spark: %s in %.1f s; results in %s",
        done,
        (System.nanoTime() - start) / 1e9,
        output);
  }

  /** Refuses a missing input or an existing output before any work is done. */
  private static void checkPaths(SparkSession spark, JobOptions options) {
    String inputOption =
        options.mode() == JobOptions.Mode.TRANSACTIONS ? "--transactions" : "--parties";
    if (!exists(spark, options.input())) {
      throw new InvalidInputException(
          inputOption + " " + options.input() + " does not exist: check the path.");
    }
    if (exists(spark, options.output())) {
      throw new InvalidInputException(
          "--output "
              + options.output()
              + " already exists: the job does not overwrite results. Give a new directory, or"
              + " remove the old one.");
    }
  }

  private static boolean exists(SparkSession spark, String location) {
    try {
      Path path = new Path(location);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look at " + location + ": " + e.getMessage(), e);
    }
  }

  /** The numbered rows, spread over {@code --partitions} when given (rows keep their numbers). */
  static JavaPairRDD<Row, Long> partitioned(JavaPairRDD<Row, Long> rows, JobOptions options) {
    return options.partitions().isPresent()
        ? rows.repartition(options.partitions().getAsInt())
        : rows;
  }

  /** A lazy view of {@code rows} through {@code function}: a partition is never held whole. */
  static <T, R> Iterator<R> map(Iterator<T> rows, Function<T, R> function) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public R next() {
        return function.apply(rows.next());
      }
    };
  }
}

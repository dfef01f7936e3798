package org.sanctionsengine.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.sanctionsengine.match.Screening;

/**
 * The job's arguments, parsed and checked: what to screen, in which format, against which lists,
 * where to write. {@link #parse} refuses a bad command line with a message that says what is wrong
 * and what to write instead ({@link JobUsageException}).
 *
 * @param mode parties, transactions, or parties re-screened against a list update
 * @param input the dataset to screen: a file or a directory of files, any path Spark reads
 * @param format the input's format
 * @param snapshots a snapshot store ({@code $SANCTIONS_HOME}) or list files; empty for the default
 *     store
 * @param change for re-screening: the old and the new snapshot ids
 * @param output the directory the results are written under
 * @param threshold the score from which a hit is a match
 * @param master the Spark master when not run through spark-submit (e.g. {@code local[2]})
 * @param partitions how many partitions to screen in; empty to keep the input's
 */
record JobOptions(
    Mode mode,
    String input,
    Format format,
    List<Path> snapshots,
    Optional<Change> change,
    String output,
    double threshold,
    Optional<String> master,
    OptionalInt partitions) {
  JobOptions {
    snapshots = List.copyOf(snapshots);
  }

  /** What the job screens. */
  enum Mode {
    PARTIES,
    TRANSACTIONS,
    RESCREEN_PARTIES
  }

  /** The input's format. */
  enum Format {
    CSV,
    PARQUET
  }

  /** The two snapshots of a list update. */
  record Change(String oldSnapshotId, String newSnapshotId) {}

  static final String USAGE =
      """
      Usage: spark-submit --class org.sanctionsengine.spark.ScreeningJob sanctions-spark.jar \\
                (--parties INPUT | --transactions INPUT) --output DIR [options]
        --parties INPUT        parties to screen (columns id,name,type,birth_date,country,imo)
        --transactions INPUT   transactions to judge (columns id,date,from,to,origin,hs,
                               description,quantity,unit,value,currency,contract_date,exemption,party)
        --format csv|parquet   the input's format (default: parquet for a path ending in .parquet,
                               else csv)
        --snapshots PATH       a snapshot store ($SANCTIONS_HOME) or list files; repeatable or
                               comma-separated (default: $SANCTIONS_HOME, else ~/.sanctions)
        --old ID --new ID      re-screen the parties against what changed between two snapshots
                               of the store (see `sanctions lists status` and `lists diff`)
        --output DIR           where to write the results as Parquet (must not exist)
        --threshold SCORE      score from which a hit is a match, 0 to 1 (default 0.82)
        --partitions N         screen in N partitions (default: as the input is split)
        --master URL           Spark master when not run by spark-submit, e.g. local[2]
      """;

  /**
   * Parses the command line.
   *
   * @throws JobUsageException naming the argument that is missing, unknown or wrong
   */
  static JobOptions parse(String... args) {
    Parser parser = new Parser();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--")) {
        throw new JobUsageException(
            "Unexpected argument '"
                + name
                + "': every argument is an option such as --output DIR.");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new JobUsageException("Option " + name + " needs a value, e.g. " + example(name));
      }
      parser.accept(name, args[++i]);
    }
    return parser.build();
  }

  private static String example(String option) {
    return switch (option) {
      case "--parties" -> "--parties customers.csv.";
      case "--transactions" -> "--transactions payments.parquet.";
      case "--format" -> "--format csv.";
      case "--snapshots" -> "--snapshots /data/sanctions-home.";
      case "--old", "--new" -> option + " un-20260301T100000Z-66b392a4.";
      case "--threshold" -> "--threshold 0.8.";
      case "--partitions" -> "--partitions 64.";
      case "--master" -> "--master local[2].";
      default -> "--output decisions.";
    };
  }

  /** Collects the options one by one, refusing one given twice, then checks them together. */
  private static final class Parser {
    private Mode mode = Mode.PARTIES;
    private String input = "";
    private String format = "";
    private final List<Path> snapshots = new ArrayList<>();
    private String oldId = "";
    private String newId = "";
    private String output = "";
    private String threshold = "";
    private String master = "";
    private String partitions = "";

    void accept(String name, String value) {
      switch (name) {
        case "--parties", "--transactions" -> {
          once(name, input.isEmpty() ? "" : "--parties/--transactions");
          mode = name.equals("--parties") ? Mode.PARTIES : Mode.TRANSACTIONS;
          input = value;
        }
        case "--format" -> format = once(name, format, value);
        case "--snapshots" -> {
          for (String path : value.split(",")) {
            if (!path.isBlank()) {
              snapshots.add(Path.of(path.strip()));
            }
          }
        }
        case "--old" -> oldId = once(name, oldId, value);
        case "--new" -> newId = once(name, newId, value);
        case "--output" -> output = once(name, output, value);
        case "--threshold" -> threshold = once(name, threshold, value);
        case "--master" -> master = once(name, master, value);
        case "--partitions" -> partitions = once(name, partitions, value);
        default ->
            throw new JobUsageException(
                "Unknown option '" + name + "'. The options are:\n" + USAGE.stripTrailing());
      }
    }

    private static String once(String name, String current, String value) {
      once(name, current);
      return value;
    }

    private static void once(String name, String current) {
      if (current.isEmpty()) {
        return;
      }
      throw new JobUsageException(
          name.equals("--parties") || name.equals("--transactions")
              ? "Give one input, --parties or --transactions, not both (nor one twice)."
              : "Option " + name + " was already given: found it twice.");
    }

    JobOptions build() {
      if (input.isEmpty()) {
        throw new JobUsageException(
            "Nothing to screen: give --parties INPUT or --transactions INPUT (CSV or Parquet).");
      }
      if (output.isEmpty()) {
        throw new JobUsageException(
            "No --output DIR: give a directory (that does not exist yet) for the results.");
      }
      return new JobOptions(
          mode(),
          input,
          format(),
          snapshots,
          change(),
          output,
          threshold(),
          master.isEmpty() ? Optional.empty() : Optional.of(master),
          partitions());
    }

    private Mode mode() {
      if (oldId.isEmpty() && newId.isEmpty()) {
        return mode;
      }
      if (mode == Mode.TRANSACTIONS) {
        throw new JobUsageException(
            "--old/--new re-screen parties against a list update; transactions are judged against"
                + " the regime, not the lists. Use --parties INPUT with --old and --new.");
      }
      return Mode.RESCREEN_PARTIES;
    }

    private Optional<Change> change() {
      if (oldId.isEmpty() != newId.isEmpty()) {
        throw new JobUsageException(
            "Re-screening needs both snapshots: found only "
                + (oldId.isEmpty() ? "--new " + newId : "--old " + oldId)
                + ". Give --old ID --new ID (`sanctions lists status` shows the ids).");
      }
      return oldId.isEmpty() ? Optional.empty() : Optional.of(new Change(oldId, newId));
    }

    private Format format() {
      if (format.isEmpty()) {
        return input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? Format.PARQUET : Format.CSV;
      }
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "csv" -> Format.CSV;
        case "parquet" -> Format.PARQUET;
        default ->
            throw new JobUsageException(
                "Unknown --format '" + format + "': expected csv or parquet.");
      };
    }

    private double threshold() {
      if (threshold.isEmpty()) {
        return Screening.DEFAULT_THRESHOLD;
      }
      try {
        double value = Double.parseDouble(threshold);
        if (value >= 0 && value <= 1) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below, with the range
      }
      throw new JobUsageException(
          "--threshold " + threshold + " is out of range: expected a score from 0 to 1, e.g. 0.8.");
    }

    private OptionalInt partitions() {
      if (partitions.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        int value = Integer.parseInt(partitions);
        if (value >= 1) {
          return OptionalInt.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new JobUsageException(
          "--partitions " + partitions + " is not a count: expected a whole number >= 1, e.g. 64.");
    }
  }
}

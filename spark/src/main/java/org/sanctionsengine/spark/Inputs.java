package org.sanctionsengine.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Reads the dataset to screen, CSV or Parquet, every column as text (a Parquet date or number is
 * read the way it would be written in a CSV file), and numbers its rows in input order.
 */
final class Inputs {
  private Inputs() {}

  /**
   * A dataset with its header and its rows, each with its 0-based index in input order (for one
   * file, the data row's position in it; for a directory, the order in which Spark reads it).
   */
  record Table(List<String> header, JavaPairRDD<Row, Long> numbered) {
    Table {
      header = List.copyOf(header);
    }
  }

  static Table read(SparkSession spark, JobOptions options) {
    Dataset<Row> raw =
        switch (options.format()) {
          case CSV ->
              spark
                  .read()
                  .option("header", "true")
                  .option("inferSchema", "false")
                  // RFC 4180 quoting ("" inside quotes), as the command line's reader expects.
                  .option("escape", "\"")
                  .option("encoding", "UTF-8")
                  .csv(options.input());
          case PARQUET -> spark.read().parquet(options.input());
        };
    List<String> header = Arrays.asList(raw.columns());
    if (header.isEmpty()) {
      throw new InvalidInputException(
          options.input()
              + " is empty: expected a header row naming the columns, then one row per "
              + (options.mode() == JobOptions.Mode.TRANSACTIONS ? "transaction." : "party."));
    }
    Column[] text =
        header.stream()
            .map(name -> col("`" + name.replace("`", "``") + "`").cast("string").as(name))
            .toArray(Column[]::new);
    return new Table(header, raw.select(text).javaRDD().zipWithIndex());
  }

  /** The text of a cell; a missing or null cell is empty, as in a CSV file. */
  static String cell(Row row, int index) {
    if (index < 0 || index >= row.length() || row.isNullAt(index)) {
      return "";
    }
    return row.getString(index);
  }
}

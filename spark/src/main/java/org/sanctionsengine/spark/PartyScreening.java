package org.sanctionsengine.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyCsvReader;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;
import scala.Tuple2;

/**
 * Screens parties against the lists, as {@code sanctions screen --file} does: the lists are
 * broadcast once as entity bytes, each executor builds its name index once, and every row is
 * screened by {@link Screening#hits}. A row that cannot be screened carries its {@code error}.
 */
final class PartyScreening {
  /** {@code row} is the 1-based data row; {@code id} is the row's id, else its row number. */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("row", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("match", DataTypes.BooleanType, false),
            DataTypes.createStructField("hits", HitRows.HITS, false)
          });

  private PartyScreening() {}

  /** Screens; the lists are loaded only once the input's header proved good. */
  static ListsPayload run(
      SparkSession spark, JobOptions options, Supplier<ListsPayload> loader, String output) {
    Inputs.Table table = Inputs.read(spark, options);
    Map<String, Integer> columns = PartyCsvReader.columns(options.input(), table.header());
    ListsPayload lists = loader.get();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ListsPayload> broadcast = context.broadcast(lists);
    JavaRDD<Row> results =
        ScreeningJob.partitioned(table.numbered(), options)
            .mapPartitions(screen(broadcast, columns, options.threshold()));
    spark.createDataFrame(results, SCHEMA).write().parquet(output + "/parties");
    broadcast.destroy();
    return lists;
  }

  private static FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> screen(
      Broadcast<ListsPayload> lists, Map<String, Integer> columns, double threshold) {
    return rows -> {
      NameIndex index = lists.value().index();
      return ScreeningJob.map(rows, row -> screen(index, row, columns, threshold));
    };
  }

  private static Row screen(
      NameIndex index, Tuple2<Row, Long> row, Map<String, Integer> columns, double threshold) {
    long number = row._2() + 1;
    String id = cell(row._1(), columns, "id");
    String shown = id.isEmpty() ? String.valueOf(number) : id;
    try {
      List<Match> hits =
          Screening.hits(index, party(row._1(), columns).toBatchQuery().query(), threshold);
      boolean match = hits.stream().anyMatch(hit -> hit.isMatch(threshold));
      return RowFactory.create(number, shown, null, match, HitRows.of(hits, threshold));
    } catch (InvalidInputException e) {
      return RowFactory.create(number, shown, e.getMessage(), false, Seqs.of(List.of()));
    }
  }

  static PartyFields party(Row row, Map<String, Integer> columns) {
    return new PartyFields(
        cell(row, columns, "name"),
        cell(row, columns, "type"),
        cell(row, columns, "birth_date"),
        cell(row, columns, "country"),
        cell(row, columns, "imo"));
  }

  static String cell(Row row, Map<String, Integer> columns, String column) {
    return Inputs.cell(row, columns.getOrDefault(column, -1));
  }
}

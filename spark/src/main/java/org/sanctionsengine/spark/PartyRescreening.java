package org.sanctionsengine.spark;

import java.util.Iterator;
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
import org.sanctionsengine.match.PartyCsvReader;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Rescreening;
import scala.Tuple2;

/**
 * Re-screens parties after a list update, against only what changed between the old and the new
 * snapshot ({@link Rescreening}): for each party, the hits that appeared (new alerts) and the hits
 * that disappeared (alerts to close). Parties with no change are not written; rows that cannot be
 * screened are, with their {@code error}.
 */
final class PartyRescreening {
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("row", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("appeared", HitRows.HITS, false),
            DataTypes.createStructField("disappeared", HitRows.HITS, false),
            DataTypes.createStructField("oldSnapshotId", DataTypes.StringType, false),
            DataTypes.createStructField("newSnapshotId", DataTypes.StringType, false)
          });

  private PartyRescreening() {}

  /** Re-screens; the changes are loaded only once the input's header proved good. */
  static void run(
      SparkSession spark, JobOptions options, Supplier<ChangesPayload> loader, String output) {
    Inputs.Table table = Inputs.read(spark, options);
    Map<String, Integer> columns = PartyCsvReader.columns(options.input(), table.header());
    ChangesPayload changes = loader.get();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ChangesPayload> broadcast = context.broadcast(changes);
    JavaRDD<Row> results =
        ScreeningJob.partitioned(table.numbered(), options)
            .mapPartitions(rescreen(broadcast, columns, options.threshold()))
            .filter(
                row -> !row.isNullAt(2) || !row.getList(3).isEmpty() || !row.getList(4).isEmpty());
    spark.createDataFrame(results, SCHEMA).write().parquet(output + "/rescreening");
    broadcast.destroy();
  }

  private static FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> rescreen(
      Broadcast<ChangesPayload> changes, Map<String, Integer> columns, double threshold) {
    return rows -> {
      Partition partition =
          new Partition(changes.value().rescreening(), changes.value(), threshold);
      return ScreeningJob.map(rows, row -> partition.rescreen(row, columns));
    };
  }

  /** What every row of a partition is re-screened with. */
  private record Partition(Rescreening rescreening, ChangesPayload payload, double threshold) {
    Row rescreen(Tuple2<Row, Long> row, Map<String, Integer> columns) {
      return PartyRescreening.rescreen(this, row, columns);
    }
  }

  private static Row rescreen(
      Partition partition, Tuple2<Row, Long> row, Map<String, Integer> columns) {
    Rescreening rescreening = partition.rescreening();
    ChangesPayload payload = partition.payload();
    double threshold = partition.threshold();
    long number = row._2() + 1;
    String id = PartyScreening.cell(row._1(), columns, "id");
    String shown = id.isEmpty() ? String.valueOf(number) : id;
    try {
      PartyFields party = PartyScreening.party(row._1(), columns);
      Rescreening.Changes changes = rescreening.screen(party.toBatchQuery().query(), threshold);
      return RowFactory.create(
          number,
          shown,
          null,
          HitRows.of(changes.appeared(), threshold),
          HitRows.of(changes.disappeared(), threshold),
          payload.oldSnapshotId(),
          payload.newSnapshotId());
    } catch (InvalidInputException e) {
      return RowFactory.create(
          number,
          shown,
          e.getMessage(),
          Seqs.of(java.util.List.of()),
          Seqs.of(java.util.List.of()),
          payload.oldSnapshotId(),
          payload.newSnapshotId());
    }
  }
}

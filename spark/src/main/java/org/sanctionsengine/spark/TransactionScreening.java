package org.sanctionsengine.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;
import scala.Tuple2;

/**
 * Judges transactions against the DPRK regime, as {@code sanctions check --file} does, in two
 * passes. Caps count deliveries in date order across the whole input, which rows judged apart
 * cannot do: the first pass finds the rows a cap counts ({@link BatchScreener#countsAgainstCap}),
 * and the driver counts those alone through {@link BatchScreener#screen}, which gives the same
 * decisions as counting the whole batch. The second pass judges every row and takes the counted
 * decisions from the driver. See docs/spark.md, "Caps".
 */
final class TransactionScreening {
  private TransactionScreening() {}

  /** What the job wrote. */
  record Written(long capped, int capPeriods) {}

  static Written run(SparkSession spark, JobOptions options, String output) {
    Screener screener = screener();
    Inputs.Table table = Inputs.read(spark, options);
    ShipmentCsvReader.checkHeader(options.input(), table.header());
    Map<String, Integer> columns = columns(table.header());
    String version = screener.regime().version();

    List<Tuple2<Row, Long>> capped =
        table.numbered().filter(row -> countsAgainstCap(row, columns, version)).collect();
    BatchScreener.Result counted = countCaps(screener, capped, columns);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Map<Long, Row>> countedBroadcast = context.broadcast(rows(counted, capped, columns));
    JavaRDD<Row> decisions =
        ScreeningJob.partitioned(table.numbered(), options)
            .mapPartitions(judge(columns, version, countedBroadcast));
    spark.createDataFrame(decisions, DecisionRows.SCHEMA).write().parquet(output + "/transactions");
    List<Row> usage = counted.capUsage().stream().map(DecisionRows::capUsage).toList();
    spark
        .createDataFrame(usage, DecisionRows.CAP_USAGE)
        .coalesce(1)
        .write()
        .parquet(output + "/cap-usage");
    countedBroadcast.destroy();
    return new Written(capped.size(), usage.size());
  }

  /** The regime's screener, built once per JVM from the regime data in the jar. */
  static Screener screener() {
    return ExecutorCache.get(
        "regime:dprk", Screener.class, () -> new Screener(RegimeLoader.dprk()));
  }

  /** Where each known column is: by its exact name, the first of a repeated one. */
  static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (String column : ShipmentCsvReader.COLUMNS) {
      int index = header.indexOf(column);
      if (index >= 0) {
        columns.put(column, index);
      }
    }
    return Map.copyOf(columns);
  }

  private static ShipmentRow shipment(
      Tuple2<Row, Long> row, Map<String, Integer> columns, Screener screener) {
    return ShipmentFields.row(
        row._2() + 1,
        column -> Inputs.cell(row._1(), columns.getOrDefault(column, -1)),
        screener.regime().claims().keySet());
  }

  private static boolean countsAgainstCap(
      Tuple2<Row, Long> row, Map<String, Integer> columns, String version) {
    Screener screener = checkedScreener(version);
    return shipment(row, columns, screener) instanceof ShipmentRow.Valid valid
        && BatchScreener.countsAgainstCap(screener.check(valid.shipment()));
  }

  /** The capped deliveries in input order, counted as one batch (date order, then input). */
  private static BatchScreener.Result countCaps(
      Screener screener, List<Tuple2<Row, Long>> capped, Map<String, Integer> columns) {
    List<Shipment> shipments = new ArrayList<>();
    for (Tuple2<Row, Long> row : sorted(capped)) {
      shipments.add(((ShipmentRow.Valid) shipment(row, columns, screener)).shipment());
    }
    return new BatchScreener(screener).screen(shipments);
  }

  private static Map<Long, Row> rows(
      BatchScreener.Result counted, List<Tuple2<Row, Long>> capped, Map<String, Integer> columns) {
    Map<Long, Row> rows = new HashMap<>();
    List<Tuple2<Row, Long>> inOrder = sorted(capped);
    Screener screener = screener();
    for (int i = 0; i < inOrder.size(); i++) {
      ShipmentRow.Valid valid = (ShipmentRow.Valid) shipment(inOrder.get(i), columns, screener);
      rows.put(valid.line(), DecisionRows.of(valid, counted.decisions().get(i), true));
    }
    return rows;
  }

  private static List<Tuple2<Row, Long>> sorted(List<Tuple2<Row, Long>> rows) {
    return rows.stream().sorted(Comparator.comparingLong(Tuple2::_2)).toList();
  }

  private static FlatMapFunction<java.util.Iterator<Tuple2<Row, Long>>, Row> judge(
      Map<String, Integer> columns, String version, Broadcast<Map<Long, Row>> counted) {
    return rows -> {
      Screener screener = checkedScreener(version);
      Map<Long, Row> countedRows = counted.value();
      return ScreeningJob.map(
          rows,
          row -> {
            Row replaced = countedRows.get(row._2() + 1);
            if (replaced != null) {
              return replaced;
            }
            return switch (shipment(row, columns, screener)) {
              case ShipmentRow.Valid valid ->
                  DecisionRows.of(valid, screener.check(valid.shipment()), false);
              case ShipmentRow.Invalid invalid -> DecisionRows.error(invalid);
            };
          });
    };
  }

  /** This JVM's screener, refusing to judge with other regime data than the driver's. */
  private static Screener checkedScreener(String driverVersion) {
    Screener screener = screener();
    if (!screener.regime().version().equals(driverVersion)) {
      throw new IllegalStateException(
          "This executor's regime data (version "
              + screener.regime().version()
              + ") differs from the driver's ("
              + driverVersion
              + "): submit one sanctions-spark jar to driver and executors.");
    }
    return screener;
  }
}

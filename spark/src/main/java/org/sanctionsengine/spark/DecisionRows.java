package org.sanctionsengine.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.screening.CapUsage;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Finding;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Decisions as Parquet rows, with the fields of {@code sanctions check --file --format jsonl}: one
 * row per input row, in the input's row order within each partition, a row that could not be read
 * carrying its {@code error} instead of a decision.
 */
final class DecisionRows {
  private static final StructType MEASURE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("instrument", DataTypes.StringType, false),
            DataTypes.createStructField("provision", DataTypes.StringType, false),
            DataTypes.createStructField("authority", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("effect", DataTypes.StringType, false),
            DataTypes.createStructField("explanation", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false)
          });

  private static final org.apache.spark.sql.types.ArrayType TEXTS =
      DataTypes.createArrayType(DataTypes.StringType, false);

  /**
   * {@code row} is the 1-based data row; {@code capCounted} says that the decision was counted
   * against a cap in the job's second pass (date order across the whole input).
   */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("row", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("decision", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("from", DataTypes.StringType, true),
            DataTypes.createStructField("to", DataTypes.StringType, true),
            DataTypes.createStructField("origin", DataTypes.StringType, true),
            DataTypes.createStructField("hs", DataTypes.StringType, true),
            DataTypes.createStructField("description", DataTypes.StringType, true),
            DataTypes.createStructField(
                "measures", DataTypes.createArrayType(MEASURE, false), false),
            DataTypes.createStructField("bindingAuthorities", TEXTS, false),
            DataTypes.createStructField("notes", TEXTS, false),
            DataTypes.createStructField("regimeVersion", DataTypes.StringType, true),
            DataTypes.createStructField("capCounted", DataTypes.BooleanType, false)
          });

  /** How much of each cap period the input used, as {@code sanctions check --file} reports it. */
  static final StructType CAP_USAGE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("measure", DataTypes.StringType, false),
            DataTypes.createStructField("instrument", DataTypes.StringType, false),
            DataTypes.createStructField("provision", DataTypes.StringType, false),
            DataTypes.createStructField("period", DataTypes.StringType, false),
            DataTypes.createStructField("unit", DataTypes.StringType, false),
            DataTypes.createStructField("limit", DataTypes.LongType, false),
            DataTypes.createStructField("used", DataTypes.DoubleType, false),
            DataTypes.createStructField("deliveries", DataTypes.IntegerType, false),
            DataTypes.createStructField("refused", DataTypes.IntegerType, false),
            DataTypes.createStructField("summary", DataTypes.StringType, false)
          });

  private DecisionRows() {}

  static Row of(ShipmentRow.Valid row, Decision d, boolean capCounted) {
    Shipment s = d.shipment();
    List<Row> measures = new ArrayList<>(d.findings().size());
    for (Finding f : d.findings()) {
      measures.add(
          RowFactory.create(
              f.measure().id(),
              f.measure().provision().instrument().citation(),
              f.measure().provision().paragraph(),
              f.measure().authority().code(),
              f.measure().kindCode(),
              f.effect().name(),
              f.explanation(),
              f.measure().basis().status().label()));
    }
    List<String> binding = new ArrayList<>();
    for (Authority a : Authority.values()) {
      if (d.bindingAuthorities().contains(a)) {
        binding.add(a.code());
      }
    }
    return RowFactory.create(
        row.line(),
        s.id(),
        null,
        d.outcome().name(),
        s.date().toString(),
        s.from().alpha2(),
        s.to().alpha2(),
        s.origin().alpha2(),
        s.goods().digits(),
        emptyAsNull(s.description()),
        Seqs.of(measures),
        Seqs.of(binding),
        Seqs.of(d.notes()),
        d.regimeVersion(),
        capCounted);
  }

  static Row error(ShipmentRow.Invalid row) {
    return RowFactory.create(
        row.line(),
        row.id(),
        row.problem(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Seqs.of(List.of()),
        Seqs.of(List.of()),
        Seqs.of(List.<String>of()),
        null,
        false);
  }

  static Row capUsage(CapUsage u) {
    return RowFactory.create(
        u.cap().id(),
        u.cap().provision().instrument().citation(),
        u.cap().provision().paragraph(),
        u.period(),
        u.limit().unit().code(),
        u.limit().amount(),
        Math.round(u.used() * 100) / 100.0,
        u.deliveries(),
        u.refused(),
        u.describe());
  }

  private static @Nullable String emptyAsNull(String text) {
    return text.isEmpty() ? null : text;
  }
}

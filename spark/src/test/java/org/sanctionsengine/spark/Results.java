package org.sanctionsengine.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Finding;

/**
 * Each row's result as one line of text, from the single-machine path and from the job's Parquet
 * output alike, so that a test compares them with one {@code isEqualTo}.
 */
final class Results {
  private Results() {}

  static String party(String id, String error, List<String> hits) {
    return id + " | " + error + " | " + String.join("; ", hits);
  }

  static String hit(
      String entity, String name, double score, boolean match, String why, String snapshot) {
    return entity
        + "="
        + name
        + " "
        + score
        + (match ? " match " : " review ")
        + why
        + " @"
        + snapshot;
  }

  static String decision(String id, Decision d) {
    List<String> measures = new ArrayList<>();
    for (Finding f : d.findings()) {
      measures.add(f.measure().id() + ":" + f.effect() + ":" + f.explanation());
    }
    List<String> binding = new ArrayList<>();
    for (Authority a : Authority.values()) {
      if (d.bindingAuthorities().contains(a)) {
        binding.add(a.code());
      }
    }
    return id
        + " | "
        + d.outcome()
        + " | "
        + measures
        + " | "
        + binding
        + " | "
        + d.notes()
        + " | "
        + d.regimeVersion();
  }

  static String error(String id, String problem) {
    return id + " | error: " + problem;
  }

  /** The job's {@code parties} output, per row. */
  static Map<Long, String> parties(SparkSession spark, String dir) {
    Map<Long, String> results = new LinkedHashMap<>();
    for (Row row : spark.read().parquet(dir).orderBy("row").collectAsList()) {
      results.put(
          row.getLong(0),
          party(row.getString(1), row.isNullAt(2) ? "" : row.getString(2), hits(row.getList(4))));
    }
    return results;
  }

  static List<String> hits(List<Row> hits) {
    List<String> lines = new ArrayList<>();
    for (Row h : hits) {
      lines.add(
          hit(
              h.getAs("entityId"),
              h.getAs("matchedName"),
              h.<Double>getAs("score"),
              h.<Boolean>getAs("match"),
              h.getAs("explanation"),
              h.getAs("snapshotId")));
    }
    return lines;
  }

  /** The job's {@code transactions} output, per row. */
  static Map<Long, String> transactions(SparkSession spark, String dir) {
    Map<Long, String> results = new LinkedHashMap<>();
    for (Row row : spark.read().parquet(dir).orderBy("row").collectAsList()) {
      String id = row.getAs("id");
      if (!row.isNullAt(row.fieldIndex("error"))) {
        results.put(row.getAs("row"), error(id, row.getAs("error")));
        continue;
      }
      List<String> measures = new ArrayList<>();
      for (Row m : row.<Row>getList(row.fieldIndex("measures"))) {
        measures.add(m.getAs("id") + ":" + m.getAs("effect") + ":" + m.getAs("explanation"));
      }
      results.put(
          row.getAs("row"),
          id
              + " | "
              + row.getAs("decision")
              + " | "
              + measures
              + " | "
              + row.getList(row.fieldIndex("bindingAuthorities"))
              + " | "
              + row.getList(row.fieldIndex("notes"))
              + " | "
              + row.getAs("regimeVersion"));
    }
    return results;
  }
}

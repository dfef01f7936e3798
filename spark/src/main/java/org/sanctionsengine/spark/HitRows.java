package org.sanctionsengine.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchJson;

/**
 * A list hit as a Parquet struct, with the fields of {@code sanctions screen --format jsonl} and
 * the snapshot the entry came from.
 */
final class HitRows {
  static final StructType HIT =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("sourceId", DataTypes.StringType, false),
            DataTypes.createStructField("entityId", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("matchedName", DataTypes.StringType, false),
            DataTypes.createStructField("score", DataTypes.DoubleType, false),
            DataTypes.createStructField("match", DataTypes.BooleanType, false),
            DataTypes.createStructField("explanation", DataTypes.StringType, false),
            DataTypes.createStructField("snapshotId", DataTypes.StringType, false)
          });

  static final org.apache.spark.sql.types.ArrayType HITS = DataTypes.createArrayType(HIT, false);

  private HitRows() {}

  static scala.collection.Seq<Row> of(List<Match> hits, double threshold) {
    List<Row> rows = new ArrayList<>(hits.size());
    for (Match hit : hits) {
      rows.add(
          RowFactory.create(
              hit.entity().ref().source().code(),
              hit.entity().ref().sourceId(),
              hit.entity().ref().key(),
              hit.entity().primaryName().value(),
              hit.matchedName(),
              MatchJson.rounded(hit.score()),
              hit.isMatch(threshold),
              hit.breakdown().explain(),
              hit.entity().ref().snapshotId()));
    }
    return Seqs.of(rows);
  }
}

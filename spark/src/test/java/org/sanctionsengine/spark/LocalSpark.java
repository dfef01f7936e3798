package org.sanctionsengine.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for every test of the module ({@code local[2]}: two executor threads in
 * the test JVM), started on first use and stopped by Spark's own shutdown hook. Input files are
 * split into small partitions so that even a test file of a few kilobytes is read in several
 * splits, as a real input is.
 */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .appName("sanctions-spark-tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.files.maxPartitionBytes", "8192")
            .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}

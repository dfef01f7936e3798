package org.sanctionsengine.spark;

import java.util.List;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Java lists as the Scala sequences that Spark's row encoder expects for array columns. */
final class Seqs {
  private Seqs() {}

  static <T> Seq<T> of(List<T> list) {
    return CollectionConverters.asScala(list);
  }
}

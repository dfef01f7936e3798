/**
 * Batch screening on Apache Spark: a thin shell over {@code core}. {@link
 * org.sanctionsengine.spark.ScreeningJob} parses the arguments, loads the list snapshots on the
 * driver, broadcasts them as entity bytes (each executor builds its name index once, decision
 * 0060), and maps every row through the same core calls as the command line: {@code Screening.hits}
 * for parties, {@code Screener.check} and {@code BatchScreener} (caps, in a second pass) for
 * transactions, {@code Rescreening} after a list update. Nothing here decides anything.
 *
 * <p>Spark is {@code provided}: the cluster brings it. Usage and deployment: {@code docs/spark.md}.
 */
@NullMarked
package org.sanctionsengine.spark;

import org.jspecify.annotations.NullMarked;

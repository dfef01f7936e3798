package org.sanctionsengine.bench.eval;

/**
 * One labelled query of the development set.
 *
 * @param text the name as screened
 * @param expected the entity key ({@code un:KPi.033}) the query must find, or empty for a name on
 *     no list
 * @param category how the query was made: the variant kind, or the kind of unlisted name
 */
record EvalQuery(String text, String expected, String category) {
  boolean isPositive() {
    return !expected.isEmpty();
  }
}

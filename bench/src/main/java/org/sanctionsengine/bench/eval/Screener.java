package org.sanctionsengine.bench.eval;

import java.util.Set;

/** A system under evaluation: which entities it reports as matches for a name. */
interface Screener {
  String label();

  /** The keys ({@code source:sourceId}) of the entities reported as matches. */
  Set<String> matches(String name);
}

/**
 * Benchmarks and measurement harnesses. Never run by the tests; see {@code bench/README.md} for the
 * commands and {@code docs/benchmarks.md} for recorded results.
 */
@NullMarked
package org.sanctionsengine.bench;

import org.jspecify.annotations.NullMarked;

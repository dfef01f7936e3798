/**
 * Shared test fixtures, published as core's test-jar for the other modules: the shared-data
 * locator, fixed clocks, builders and assertions.
 */
@NullMarked
package org.sanctionsengine.testing;

import org.jspecify.annotations.NullMarked;

/**
 * Synthetic trade portfolios of the DPRK whose make-up follows published trade statistics, for
 * demonstrations, tests and benchmarks of relief scenarios. Start from {@link
 * org.sanctionsengine.portfolio.PortfolioGenerator}; the statistics and their sources are in {@link
 * org.sanctionsengine.portfolio.TradeProfile} and {@code docs/scenarios.md}. Depends on no other
 * package of the engine: it writes the CSV that {@code screening} reads.
 */
@NullMarked
package org.sanctionsengine.portfolio;

import org.jspecify.annotations.NullMarked;

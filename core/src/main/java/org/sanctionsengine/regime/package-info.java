/**
 * The regime model: authorities, legal instruments, the measures they impose (a sealed hierarchy of
 * kinds), their goods scopes, dates, wind-downs, exemptions and caps; and the loader of the
 * regime's data files ({@code regimes/dprk/*.yaml}, format in {@code docs/regime-data.md}). Depends
 * on {@code goods} and {@code input} only; start from {@link org.sanctionsengine.regime.Regime} and
 * {@link org.sanctionsengine.regime.RegimeLoader}.
 */
@NullMarked
package org.sanctionsengine.regime;

import org.jspecify.annotations.NullMarked;

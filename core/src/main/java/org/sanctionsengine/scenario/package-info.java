/**
 * Relief scenarios: what the regime would be if measures were lifted, suspended, their caps raised,
 * their goods narrowed or exemptions added, possibly in phases tied to conditions with snap-back.
 * Start from {@link org.sanctionsengine.scenario.Scenario} (the model), {@link
 * org.sanctionsengine.scenario.Scenarios} (built-in and user files, validated against a regime) and
 * {@link org.sanctionsengine.scenario.Evaluator} (regime + scenario to regime'). {@link
 * org.sanctionsengine.scenario.PortfolioDiff} judges a portfolio under both. Depends on {@code
 * regime}, {@code goods} and {@code screening}; nothing depends on it but the faces.
 */
@NullMarked
package org.sanctionsengine.scenario;

import org.jspecify.annotations.NullMarked;

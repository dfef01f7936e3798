/**
 * Screening decisions for shipments: a {@link org.sanctionsengine.screening.Shipment} goes in, a
 * {@link org.sanctionsengine.screening.Decision} comes out with every measure behind it. {@link
 * org.sanctionsengine.screening.Screener} answers one shipment through an index of goods measures
 * by HS prefix and direction; {@link org.sanctionsengine.screening.BatchScreener} judges a batch
 * and counts capped deliveries in date order. Depends on {@code regime}, {@code goods} and {@code
 * input}; see {@code docs/decisions.md} for how decisions are reached.
 */
@NullMarked
package org.sanctionsengine.screening;

import org.jspecify.annotations.NullMarked;

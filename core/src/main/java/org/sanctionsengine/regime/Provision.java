package org.sanctionsengine.regime;

/**
 * A place in an instrument: an operative paragraph ({@code OP5}, {@code OP8(a)(iii)}), an annex
 * ({@code Annex IV}), an article ({@code Art. 16d}) or a section ({@code sec. 104}).
 */
public record Provision(Instrument instrument, String paragraph) {
  /** {@code S/RES/2397 (2017) OP5}. */
  public String citation() {
    return instrument.citation() + " " + paragraph;
  }
}

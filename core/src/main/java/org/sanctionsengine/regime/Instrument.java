package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal act that imposes measures: a Security Council resolution, an executive order, a statute,
 * a regulation, a government decision.
 *
 * @param id stable identifier, also the data file's name ({@code un-2397})
 * @param citation how lawyers cite it ({@code S/RES/2397 (2017)}, {@code EO 13722})
 * @param adoptedOn the day it was adopted or signed
 * @param binding false for acts that only call upon states (1695 was not adopted under Chapter VII)
 * @param sources citation keys of the fact sheet's source register
 */
public record Instrument(
    String id,
    Authority authority,
    String citation,
    String title,
    InstrumentKind kind,
    LocalDate adoptedOn,
    boolean binding,
    List<String> sources) {
  public Instrument {
    sources = List.copyOf(sources);
  }
}

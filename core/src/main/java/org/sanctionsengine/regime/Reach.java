package org.sanctionsengine.regime;

/**
 * Whom a national measure reaches once its authority binds the shipment. Most measures reach the
 * authority's persons wherever they are and its territory; a few are written for the territory
 * alone, such as E.O. 13570's ban on importation into the United States, which a US person
 * brokering coal from the DPRK to China does not breach (other provisions may catch him).
 */
public enum Reach {
  /** The authority's persons and its territory: the default. */
  PERSONS_AND_TERRITORY,
  /** Only goods imported into the authority's territory (the importing country is its own). */
  IMPORTS_INTO_TERRITORY;

  public String code() {
    return WireCodes.of(this);
  }
}

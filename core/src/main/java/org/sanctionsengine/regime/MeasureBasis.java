package org.sanctionsengine.regime;

import java.util.List;

/**
 * What every measure has, whatever its kind.
 *
 * @param id stable identifier ({@code un-2397-op5-refined-petroleum-cap}); scenarios refer to it
 * @param provision instrument and paragraph it comes from
 * @param title a few words for people ("Refined petroleum cap")
 * @param direction which way goods or services must move to be caught
 * @param inForce first and last day in force
 * @param status the fact sheet's verification label
 * @param sources citation keys from {@code sources.yaml}
 * @param exemptions exemptions a user can claim against this measure
 * @param note anything a reviewer should know (the fact sheet's caveats), may be empty
 * @param reach whom the measure reaches when its authority binds (persons and territory, or imports
 *     into the territory only)
 */
public record MeasureBasis(
    String id,
    Provision provision,
    String title,
    Direction direction,
    InForce inForce,
    Status status,
    List<String> sources,
    List<Exemption> exemptions,
    String note,
    Reach reach) {
  public MeasureBasis {
    sources = List.copyOf(sources);
    exemptions = List.copyOf(exemptions);
  }

  /** A basis reaching the authority's persons and territory (the default reach). */
  public MeasureBasis(
      String id,
      Provision provision,
      String title,
      Direction direction,
      InForce inForce,
      Status status,
      List<String> sources,
      List<Exemption> exemptions,
      String note) {
    this(
        id,
        provision,
        title,
        direction,
        inForce,
        status,
        sources,
        exemptions,
        note,
        Reach.PERSONS_AND_TERRITORY);
  }

  public Authority authority() {
    return provision.instrument().authority();
  }
}

package org.sanctionsengine.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sanctionsengine.regime.Authority;

/**
 * Which authorities' measures bind a shipment, and why. UN measures bind every member state. EU
 * measures bind when the exporting or importing country is an EU member state on the day (the UK
 * until 31 December 2020) or a party is established in one. US measures bind goods of US origin,
 * trade from or to the US and US parties; other trade with the DPRK is only exposed to US secondary
 * sanctions. ROK measures bind trade from or to the ROK and ROK parties. The importing country's
 * authority is kept for the few measures that reach imports into a territory only ({@link
 * org.sanctionsengine.regime.Reach}).
 */
record Jurisdiction(Set<Authority> binding, List<String> reasons, Authority importingTerritory) {

  private static final String UN = "UN measures bind every UN member state.";
  private static final String NO_US =
      "US primary measures do not bind (no US origin, US exporter, importer or party);"
          + " US secondary sanctions may still expose the parties.";
  private static final String KR_BINDS =
      "ROK measures bind: the ROK is the exporter, importer or a party.";

  static Jurisdiction of(Shipment s) {
    Set<Authority> binding = EnumSet.of(Authority.UN);
    List<String> reasons = new ArrayList<>(4);
    reasons.add(UN);
    String eu = euReason(s);
    if (!eu.isEmpty()) {
      binding.add(Authority.EU);
      reasons.add(eu);
    }
    String us = usReason(s);
    if (!us.isEmpty()) {
      binding.add(Authority.US);
      reasons.add(us);
    } else {
      reasons.add(NO_US);
    }
    if (s.from().equals(CountryCode.KR)
        || s.to().equals(CountryCode.KR)
        || (!s.parties().isEmpty() && s.parties().contains(CountryCode.KR))) {
      binding.add(Authority.KR);
      reasons.add(KR_BINDS);
    }
    return new Jurisdiction(binding, reasons, territoryOf(s.to(), s));
  }

  private static String euReason(Shipment s) {
    if (EuMembership.isMember(s.from(), s.date())) {
      return "EU measures bind: the exporting country " + s.from() + " is an EU member state.";
    }
    if (EuMembership.isMember(s.to(), s.date())) {
      return "EU measures bind: the importing country " + s.to() + " is an EU member state.";
    }
    if (s.parties().isEmpty()) {
      return "";
    }
    for (CountryCode party : s.parties()) {
      if (EuMembership.isMember(party, s.date())) {
        return "EU measures bind: a party is established in the EU member state " + party + ".";
      }
    }
    return "";
  }

  private static String usReason(Shipment s) {
    if (s.origin().equals(CountryCode.US)) {
      return "US measures bind: the goods are of US origin.";
    }
    if (s.from().equals(CountryCode.US) || s.to().equals(CountryCode.US)) {
      return "US measures bind: the US is the exporting or importing country.";
    }
    if (!s.parties().isEmpty() && s.parties().contains(CountryCode.US)) {
      return "US measures bind: a party is a US person.";
    }
    return "";
  }

  /**
   * The national authority whose territory the importing country is (EU for a member state on the
   * day), or UN when it is none of the modelled ones.
   */
  private static Authority territoryOf(CountryCode country, Shipment s) {
    if (country.equals(CountryCode.US)) {
      return Authority.US;
    }
    if (country.equals(CountryCode.KR)) {
      return Authority.KR;
    }
    if (EuMembership.isMember(country, s.date())) {
      return Authority.EU;
    }
    return Authority.UN;
  }

  /** Whether the goods are imported into the territory of this national authority. */
  boolean importsInto(Authority authority) {
    return authority != Authority.UN && importingTerritory == authority;
  }

  boolean binds(Authority authority) {
    return binding.contains(authority);
  }
}

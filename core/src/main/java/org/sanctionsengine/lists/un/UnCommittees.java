package org.sanctionsengine.lists.un;

import java.util.Map;

/** The Security Council resolution that set up the committee behind each UN list type. */
final class UnCommittees {
  private static final Map<String, String> BY_LIST_TYPE =
      Map.ofEntries(
          Map.entry("DPRK", "1718"),
          Map.entry("Al-Qaida", "1267"),
          Map.entry("Taliban", "1988"),
          Map.entry("Iraq", "1518"),
          Map.entry("DRC", "1533"),
          Map.entry("Iran", "1737"),
          Map.entry("Libya", "1970"),
          Map.entry("Somalia", "2713"),
          Map.entry("CAR", "2127"),
          Map.entry("GB", "2048"),
          Map.entry("Yemen", "2140"),
          Map.entry("Haiti", "2653"),
          Map.entry("Sudan", "1591"),
          Map.entry("SouthSudan", "2206"));

  private UnCommittees() {}

  /** The resolution number, or empty for an unknown list type. */
  static String of(String listType) {
    return BY_LIST_TYPE.getOrDefault(listType, "");
  }
}

package org.sanctionsengine.regime;

import java.util.Locale;
import java.util.Optional;

/** An authority that makes sanctions. The wire code is stable: data files and JSON use it. */
public enum Authority {
  UN("UN", "United Nations Security Council"),
  US("US", "United States"),
  EU("EU", "European Union"),
  KR("KR", "Republic of Korea");

  private final String code;
  private final String displayName;

  Authority(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Authority> fromCode(String code) {
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    for (Authority authority : values()) {
      if (authority.code.equals(wanted)) {
        return Optional.of(authority);
      }
    }
    return Optional.empty();
  }
}

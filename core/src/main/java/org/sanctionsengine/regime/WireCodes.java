package org.sanctionsengine.regime;

import java.util.Locale;
import java.util.Optional;

/** Enum constants to and from the lower-case hyphenated codes of the data files. */
final class WireCodes {
  private WireCodes() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(code.strip())) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  static String list(Class<? extends Enum<?>> type) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> constant : type.getEnumConstants()) {
      out.append(out.isEmpty() ? "" : ", ").append(of(constant));
    }
    return out.toString();
  }
}

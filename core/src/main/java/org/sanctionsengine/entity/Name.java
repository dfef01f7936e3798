package org.sanctionsengine.entity;

/**
 * One name of an entity, as the list writes it (never transliterated here).
 *
 * @param value the name, stripped, never blank
 * @param type primary, alias, former or original-script
 * @param quality strong / weak where the list says
 * @param script the writing system of {@code value}
 */
public record Name(String value, NameType type, NameQuality quality, Script script) {
  public Name {
    value = value.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("A name cannot be blank");
    }
  }

  /** A name whose script is detected from its text. */
  public static Name of(String value, NameType type, NameQuality quality) {
    return new Name(value, type, quality, Script.of(value));
  }

  /** A primary name of unspecified quality. */
  public static Name primary(String value) {
    return of(value, NameType.PRIMARY, NameQuality.UNSPECIFIED);
  }

  /** Whether the list flags the name as weak or low quality. */
  public boolean isWeak() {
    return quality == NameQuality.WEAK;
  }
}

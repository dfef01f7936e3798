package org.sanctionsengine.entity;

/** The kinds of listed entities, with stable wire codes used in manifests and counts. */
public enum EntityKind {
  PERSON("person"),
  ORGANIZATION("organization"),
  VESSEL("vessel"),
  AIRCRAFT("aircraft");

  private final String code;

  EntityKind(String code) {
    this.code = code;
  }

  /** The stable wire code, e.g. {@code vessel}. */
  public String code() {
    return code;
  }
}

package org.sanctionsengine.entity;

/** A person's gender as a list states it; {@code UNKNOWN} when the list says nothing. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN
}

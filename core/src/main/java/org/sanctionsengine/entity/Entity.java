package org.sanctionsengine.entity;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a sanctions list, whatever list it came from. The kinds are closed: switch over them
 * without a {@code default}, so that a new kind breaks the build where it must be handled.
 *
 * <p>Everything the kinds share lives in {@link #listing()}; what only a kind has (birth dates,
 * vessel particulars) is in its own record.
 */
public sealed interface Entity permits Person, Organization, Vessel, Aircraft {

  /** The list entry this entity was read from. */
  ListEntryRef ref();

  /** Names, addresses, identifiers, nationalities, programs, listing date and remarks. */
  Listing listing();

  /** This entity's kind. */
  default EntityKind kind() {
    return switch (this) {
      case Person p -> EntityKind.PERSON;
      case Organization o -> EntityKind.ORGANIZATION;
      case Vessel v -> EntityKind.VESSEL;
      case Aircraft a -> EntityKind.AIRCRAFT;
    };
  }

  /** The primary name, as the list prints it. */
  default Name primaryName() {
    return listing().primaryName();
  }

  /** Every name: the primary first, then aliases, former names and original-script names. */
  default List<Name> names() {
    return listing().names();
  }

  /** The identifiers of the given type (passport numbers, IMO numbers ...). */
  default List<Identifier> identifiers(IdentifierType type) {
    return listing().identifiers().stream().filter(id -> id.type() == type).toList();
  }

  /** The first identifier of the given type, if any. */
  default Optional<Identifier> identifier(IdentifierType type) {
    return listing().identifiers().stream().filter(id -> id.type() == type).findFirst();
  }

  /** Whether any program of this entity belongs to the DPRK (North Korea) regime. */
  default boolean isDprk() {
    return listing().programs().stream().anyMatch(Program::isDprk);
  }
}

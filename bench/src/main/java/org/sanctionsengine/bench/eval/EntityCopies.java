package org.sanctionsengine.bench.eval;

import java.util.List;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;

/**
 * Copies of listed entities with other names, for the evaluations that must index an entity without
 * one of its names ({@link LeaveOneNameOut}) or under one name only ({@link CrossScriptPairs}).
 * Everything but the names and the reference is kept as listed.
 */
final class EntityCopies {
  private EntityCopies() {}

  /** The entity with only {@code names} (the first becomes the primary), under {@code ref}. */
  static Entity withNames(Entity entity, ListEntryRef ref, List<Name> names) {
    Listing old = entity.listing();
    Listing.Builder builder = Listing.builder(names.getFirst());
    names.stream().skip(1).forEach(builder::name);
    old.addresses().forEach(builder::address);
    old.identifiers().forEach(builder::identifier);
    old.nationalities().forEach(builder::nationality);
    old.programs().forEach(builder::program);
    old.positions().forEach(builder::position);
    old.remarks().forEach(builder::remark);
    old.listedOn().ifPresent(builder::listedOn);
    Listing listing = builder.build();
    return switch (entity) {
      case Person p -> new Person(ref, listing, p.birthDates(), p.placesOfBirth(), p.gender());
      case Organization o -> new Organization(ref, listing);
      case Vessel v -> new Vessel(ref, listing, v.particulars());
      case Aircraft a -> new Aircraft(ref, listing, a.model());
    };
  }

  /** The entity without the name at {@code position} of {@link Entity#names()}. */
  static Entity without(Entity entity, int position) {
    List<Name> names = new java.util.ArrayList<>(entity.names());
    names.remove(position);
    return withNames(entity, entity.ref(), names);
  }
}

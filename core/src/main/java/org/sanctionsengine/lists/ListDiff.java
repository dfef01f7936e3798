package org.sanctionsengine.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;

/**
 * What changed between two snapshots of a list, entry by entry (matched by source id): the entries
 * added, removed, and changed with the parts that changed. This is what a compliance team
 * re-screens after an update.
 *
 * @param from the older snapshot
 * @param to the newer snapshot
 * @param added entries only in {@code to}
 * @param removed entries only in {@code from}
 * @param changed entries in both whose content differs
 */
public record ListDiff(
    SnapshotManifest from,
    SnapshotManifest to,
    List<Entity> added,
    List<Entity> removed,
    List<Change> changed) {
  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * One changed entry.
   *
   * @param before the entry in the older snapshot
   * @param after the entry in the newer snapshot
   * @param parts what changed, e.g. {@code names}, {@code identifiers}, {@code kind}
   */
  public record Change(Entity before, Entity after, List<String> parts) {
    public Change {
      parts = List.copyOf(parts);
    }
  }

  /** Compares two snapshots. */
  public static ListDiff between(ListSnapshot from, ListSnapshot to) {
    Map<String, Entity> before = byId(from);
    Map<String, Entity> after = byId(to);
    List<Entity> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Entity entity : after.values()) {
      Entity old = before.get(entity.ref().sourceId());
      if (old == null) {
        added.add(entity);
      } else {
        List<String> parts = changedParts(old, entity);
        if (!parts.isEmpty()) {
          changed.add(new Change(old, entity, parts));
        }
      }
    }
    List<Entity> removed =
        before.values().stream().filter(e -> !after.containsKey(e.ref().sourceId())).toList();
    return new ListDiff(from.manifest(), to.manifest(), added, removed, changed);
  }

  /** Whether nothing was added, removed or changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  private static Map<String, Entity> byId(ListSnapshot snapshot) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    try (Stream<Entity> stream = snapshot.stream()) {
      stream.forEach(e -> entities.put(e.ref().sourceId(), e));
    }
    return entities;
  }

  static List<String> changedParts(Entity before, Entity after) {
    List<String> parts = new ArrayList<>();
    if (before.kind() != after.kind()) {
      parts.add("kind");
    }
    Listing a = before.listing();
    Listing b = after.listing();
    compare(parts, "names", a, b, Listing::names);
    compare(parts, "addresses", a, b, Listing::addresses);
    compare(parts, "identifiers", a, b, Listing::identifiers);
    compare(parts, "nationalities", a, b, Listing::nationalities);
    compare(parts, "programs", a, b, Listing::programs);
    compare(parts, "positions", a, b, Listing::positions);
    compare(parts, "listedOn", a, b, Listing::listedOn);
    compare(parts, "remarks", a, b, Listing::remarks);
    compare(parts, "details", before, after, ListDiff::details);
    return parts;
  }

  private static Object details(Entity entity) {
    return switch (entity) {
      case Person p -> List.of(p.birthDates(), p.placesOfBirth(), p.gender());
      case Organization o -> List.of();
      case Vessel v -> v.particulars();
      case Aircraft a -> a.model();
    };
  }

  private static <T> void compare(
      List<String> parts, String name, T a, T b, Function<T, Object> part) {
    if (!Objects.equals(part.apply(a), part.apply(b))) {
      parts.add(name);
    }
  }
}

package org.sanctionsengine.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ReadContext;

/** Reads a list file into memory for a test, outside any snapshot store. */
public final class ListReading {
  /** The snapshot id every entity read here carries. */
  public static final String SNAPSHOT = "test-snapshot";

  private ListReading() {}

  /** What a reader produced. */
  public record Result(
      List<Entity> entities, Optional<LocalDate> publishedOn, ReadContext context) {
    /** The entity with this source id; fails the test when absent. */
    public Entity entry(String sourceId) {
      return entities.stream()
          .filter(e -> e.ref().sourceId().equals(sourceId))
          .findFirst()
          .orElseThrow(() -> new AssertionError("No entry " + sourceId));
    }
  }

  public static Result read(ListFormat format, Path... files) {
    return read(format, InputLimits.defaults(), files);
  }

  public static Result read(ListFormat format, InputLimits limits, Path... files) {
    ReadContext context = new ReadContext(format.source(), SNAPSHOT, limits);
    List<Entity> entities = new ArrayList<>();
    Optional<LocalDate> published =
        format.reader().read(new ListInput(List.of(files)), context, entities::add);
    return new Result(entities, published, context);
  }
}

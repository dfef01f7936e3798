package org.sanctionsengine.lists;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;

/**
 * Reads one list format: streams the input's entries, maps each to an {@link Entity} and hands it
 * to the sink, keeping memory bounded. Format errors throw {@link
 * org.sanctionsengine.input.ListFormatException} at once; problems with single entries are reported
 * to {@link ReadContext#problem} so that one import reports them together.
 */
public interface ListReader {

  /**
   * Reads every entry.
   *
   * @return the publication date the file states, if it states one
   */
  Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink);
}

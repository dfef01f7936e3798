package org.sanctionsengine.lists.eu;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads the EU list in its pre-2017 layout: root {@code <WHOLE Date="DD/MM/YYYY">}, one {@code
 * ENTITY} per entry ({@code Type} P or E) with {@code NAME}, {@code BIRTH}, {@code PASSPORT},
 * {@code CITIZEN} and {@code ADDRESS} children.
 */
public final class EuLegacyXmlReader implements ListReader {
  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    EuLegacyEntryMapper mapper = new EuLegacyEntryMapper(context);
    XmlElement root =
        EuXmlRecords.stream(
            input, context, "WHOLE", "ENTITY", entry -> mapper.map(entry).ifPresent(sink));
    try {
      return Optional.of(
          LocalDate.parse(
              root.attribute("Date"), DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

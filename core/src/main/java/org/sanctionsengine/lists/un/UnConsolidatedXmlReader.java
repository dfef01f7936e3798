package org.sanctionsengine.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.InputFiles;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.input.XmlRecordReader;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads the UN consolidated list XML: the root's {@code dateGenerated} is the publication date;
 * each {@code INDIVIDUAL} and {@code ENTITY} is one entry.
 */
public final class UnConsolidatedXmlReader implements ListReader {
  static final String ROOT = "CONSOLIDATED_LIST";
  private static final Set<String> RECORDS = Set.of("INDIVIDUAL", "ENTITY");

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    String file = ListInput.displayName(input.main());
    try (InputStream in = InputFiles.open(input.main(), file, context.limits());
        XmlRecordReader xml = XmlRecordReader.open(in, file, context.limits())) {
      XmlElement root = xml.root();
      if (!root.name().equals(ROOT)) {
        throw new ListFormatException(
            root.location(),
            "the root element is <" + root.name() + ">, expected <" + ROOT + ">.",
            "Give the UN consolidated list XML, or pick the right --format.");
      }
      UnEntryMapper mapper = new UnEntryMapper(context);
      for (Optional<XmlElement> entry = xml.next(RECORDS);
          entry.isPresent();
          entry = xml.next(RECORDS)) {
        mapper.map(entry.get()).ifPresent(sink);
      }
      return publishedOn(root.attribute("dateGenerated"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + input.main() + ": " + e.getMessage(), e);
    }
  }

  private static Optional<LocalDate> publishedOn(String dateGenerated) {
    if (dateGenerated.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(dateGenerated.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

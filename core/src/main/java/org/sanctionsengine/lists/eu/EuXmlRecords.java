package org.sanctionsengine.lists.eu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sanctionsengine.input.InputFiles;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.input.XmlRecordReader;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ReadContext;

/** Streams the record elements of an EU XML file after checking its root element. */
final class EuXmlRecords {
  private EuXmlRecords() {}

  /** Calls {@code each} for every record; returns the root element (for its date). */
  static XmlElement stream(
      ListInput input, ReadContext context, String root, String record, Consumer<XmlElement> each) {
    String file = ListInput.displayName(input.main());
    try (InputStream in = InputFiles.open(input.main(), file, context.limits());
        XmlRecordReader xml = XmlRecordReader.open(in, file, context.limits())) {
      if (!xml.root().name().equals(root)) {
        throw new ListFormatException(
            xml.root().location(),
            "the root element is <" + xml.root().name() + ">, expected <" + root + ">.",
            "Give the EU consolidated list XML, or pick the right --format.");
      }
      Set<String> records = Set.of(record);
      for (Optional<XmlElement> entry = xml.next(records);
          entry.isPresent();
          entry = xml.next(records)) {
        each.accept(entry.get());
      }
      return xml.root();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + input.main() + ": " + e.getMessage(), e);
    }
  }
}

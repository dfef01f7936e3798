package org.sanctionsengine.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.InputFiles;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.SourceLocation;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.input.XmlRecordReader;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads OFAC's SDN XML ({@code SDN.XML}, root {@code sdnList}): {@code publshInformation} (sic)
 * gives the publication date and the record count, which is checked against the entries read (a
 * mismatch means a cut or altered file); each {@code sdnEntry} is one entry. The same layout
 * carries the consolidated non-SDN list ({@code CONSOLIDATED.XML}).
 */
public final class OfacSdnXmlReader implements ListReader {
  private static final Set<String> RECORDS = Set.of("publshInformation", "sdnEntry");

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    String file = ListInput.displayName(input.main());
    Optional<LocalDate> published = Optional.empty();
    long stated = -1;
    long read = 0;
    try (InputStream in = InputFiles.open(input.main(), file, context.limits());
        XmlRecordReader xml = XmlRecordReader.open(in, file, context.limits())) {
      if (!xml.root().name().equals("sdnList")) {
        throw new ListFormatException(
            xml.root().location(),
            "the root element is <" + xml.root().name() + ">, expected <sdnList>.",
            "Give OFAC's SDN.XML, or pick the right --format.");
      }
      OfacXmlEntryMapper mapper = new OfacXmlEntryMapper(context);
      for (Optional<XmlElement> record = xml.next(RECORDS);
          record.isPresent();
          record = xml.next(RECORDS)) {
        XmlElement element = record.get();
        if (element.name().equals("publshInformation")) {
          published = OfacDates.date(element.text("Publish_Date"));
          String count = element.text("Record_Count");
          stated = count.matches("\\d+") ? Long.parseLong(count) : -1;
        } else {
          read++;
          mapper.map(element).ifPresent(sink);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + input.main() + ": " + e.getMessage(), e);
    }
    if (stated >= 0 && stated != read) {
      throw new ListFormatException(
          SourceLocation.ofFile(file),
          "the file states "
              + stated
              + " entries (publshInformation/Record_Count) but holds "
              + read
              + ".",
          "The file is incomplete or altered; download it again.");
    }
    return published;
  }
}

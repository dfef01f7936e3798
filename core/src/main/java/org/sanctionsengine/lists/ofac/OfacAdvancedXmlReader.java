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
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.input.XmlRecordReader;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads OFAC's SDN_ADVANCED XML (root {@code Sanctions}, the "Advanced Sanctions List Standard"):
 * parties ({@code DistinctParty}) refer by id to reference values, locations, identity documents
 * and sanctions entries (which come after the parties), so the file is streamed twice: first to
 * collect those ({@link OfacAdvancedReferences}), then to map each party. The {@code FixedRef}
 * (OFAC's entity number, the same as the legacy files' {@code ent_num}) is the source id.
 */
public final class OfacAdvancedXmlReader implements ListReader {
  private static final Set<String> REFERENCES =
      Set.of("DateOfIssue", "ReferenceValueSets", "Location", "IDRegDocument", "SanctionsEntry");
  private static final Set<String> PARTIES = Set.of("DistinctParty");

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    OfacAdvancedReferences references = new OfacAdvancedReferences();
    stream(input, context, REFERENCES, references::add);
    OfacAdvancedEntryMapper mapper = new OfacAdvancedEntryMapper(context, references);
    stream(input, context, PARTIES, party -> mapper.map(party).ifPresent(sink));
    return references.issued();
  }

  private static void stream(
      ListInput input, ReadContext context, Set<String> records, Consumer<XmlElement> each) {
    String file = ListInput.displayName(input.main());
    try (InputStream in = InputFiles.open(input.main(), file, context.limits());
        XmlRecordReader xml = XmlRecordReader.open(in, file, context.limits())) {
      if (!xml.root().name().equals("Sanctions")) {
        throw new ListFormatException(
            xml.root().location(),
            "the root element is <" + xml.root().name() + ">, expected <Sanctions>.",
            "Give OFAC's SDN_ADVANCED.XML, or pick the right --format.");
      }
      for (Optional<XmlElement> record = xml.next(records);
          record.isPresent();
          record = xml.next(records)) {
        each.accept(record.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + input.main() + ": " + e.getMessage(), e);
    }
  }
}

package org.sanctionsengine.lists.eu;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads the EU consolidated list in its current XML format ({@code xmlFullSanctionsList_1_1}): root
 * {@code <export generationDate="...">} in namespace {@code http://eu.europa.ec/fpi/fsd/export},
 * one {@code sanctionEntity} per entry with {@code subjectType}, {@code regulation}, {@code
 * nameAlias}, {@code citizenship}, {@code birthdate}, {@code identification} and {@code address}
 * children, mostly as attributes.
 */
public final class EuFsdXmlReader implements ListReader {
  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    EuEntryMapper mapper = new EuEntryMapper(context);
    XmlElement root =
        EuXmlRecords.stream(
            input, context, "export", "sanctionEntity", entry -> mapper.map(entry).ifPresent(sink));
    return EuLegacyEntryMapper.date(root.attribute("generationDate"));
  }
}

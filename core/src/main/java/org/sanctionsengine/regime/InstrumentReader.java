package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.regime.RegimeFileModel.InstrumentEntry;

/** Reads the {@code instrument:} block of an instrument file. */
final class InstrumentReader {
  private final Problems problems;
  private final Set<String> sources;

  InstrumentReader(Problems problems, Set<String> sources) {
    this.problems = problems;
    this.sources = sources;
  }

  Optional<Instrument> read(String file, @Nullable InstrumentEntry entry) {
    Fields fields = new Fields(problems, Problems.Place.file(file));
    if (entry == null) {
      fields.problem("'instrument' is missing; each file starts with its instrument block");
      return Optional.empty();
    }
    int before = fields.problemCount();
    String id = fields.required(entry.id(), "instrument.id", "un-2397");
    String expected = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
    if (!id.isEmpty() && !id.equals(expected)) {
      fields.problem("instrument.id is '" + id + "' but the file is named for '" + expected + "'");
    }
    Optional<Authority> authority = authority(entry.authority(), fields);
    String citation = fields.required(entry.citation(), "instrument.citation", "S/RES/2397 (2017)");
    String title = fields.required(entry.title(), "instrument.title", "Resolution 2397 (2017)");
    Optional<InstrumentKind> kind =
        fields.code(entry.kind(), "instrument.kind", InstrumentKind.class);
    Optional<LocalDate> adopted = fields.date(entry.adoptedOn(), "instrument.adopted-on", true);
    if (entry.binding() == null) {
      fields.problem("'instrument.binding' is missing; true or false (1695 is not binding)");
    }
    List<String> keys = fields.sources(entry.sources(), sources, false);
    if (fields.problemCount() != before) {
      return Optional.empty();
    }
    return Optional.of(
        new Instrument(
            id,
            authority.orElseThrow(),
            citation,
            title,
            kind.orElseThrow(),
            adopted.orElseThrow(),
            Boolean.TRUE.equals(entry.binding()),
            keys));
  }

  private static Optional<Authority> authority(@Nullable String code, Fields fields) {
    if (code == null) {
      fields.problem("'instrument.authority' is missing; expected UN, US, EU or KR");
      return Optional.empty();
    }
    Optional<Authority> authority = Authority.fromCode(code);
    if (authority.isEmpty()) {
      fields.problem("'instrument.authority' is '" + code + "'; expected UN, US, EU or KR");
    }
    return authority;
  }
}

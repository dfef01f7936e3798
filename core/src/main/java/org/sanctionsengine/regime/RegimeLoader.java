package org.sanctionsengine.regime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.regime.RegimeFileModel.IndexFile;
import org.sanctionsengine.regime.RegimeFileModel.InstrumentFile;

/**
 * Loads a regime from its data files ({@code index.yaml}, {@code sources.yaml}, {@code claims.yaml}
 * and one file per instrument; format in {@code docs/regime-data.md}), validates everything, and
 * either returns the whole regime or fails with a {@link RegimeDataException} listing every problem
 * found.
 */
public final class RegimeLoader {
  static final String INDEX = "index.yaml";

  private final ObjectMapper yaml;

  public RegimeLoader() {
    this.yaml =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    // An unquoted 0301 is a YAML number and would lose its leading zero: HS codes must be quoted.
    yaml.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
  }

  /** The DPRK regime shipped with the engine. */
  public static Regime dprk() {
    return new RegimeLoader().load("dprk", RegimeFiles.classpath("dprk"));
  }

  /**
   * Loads and validates a regime.
   *
   * @throws RegimeDataException listing every problem, when there is at least one
   */
  public Regime load(String regime, RegimeFiles files) {
    Problems problems = new Problems();
    StringBuilder content = new StringBuilder();
    IndexFile index =
        parse(files, INDEX, new TypeReference<IndexFile>() {}, problems, content)
            .map(Parsed::value)
            .orElseThrow(() -> fail(problems, files.location()));
    Map<String, String> sources = keyed(files, index.sources(), "sources.yaml", problems, content);
    Map<String, String> claims = keyed(files, index.claims(), "claims.yaml", problems, content);
    InstrumentSet set = new InstrumentSet(problems, sources.keySet(), claims.keySet());
    for (String file : Fields.orEmpty(index.instruments())) {
      parse(files, file, new TypeReference<InstrumentFile>() {}, problems, content)
          .ifPresent(parsed -> set.add(file, parsed.text(), parsed.value()));
    }
    if (Fields.orEmpty(index.instruments()).isEmpty()) {
      problems.add(Problems.Place.file(INDEX), "'instruments' lists no instrument file");
    }
    problems.throwIfAny(files.location());
    return new Regime(
        regime, hash(content.toString()), set.instruments(), set.measures(), sources, claims);
  }

  private RegimeDataException fail(Problems problems, String regime) {
    try {
      problems.throwIfAny(regime);
    } catch (RegimeDataException e) {
      return e;
    }
    throw new IllegalStateException("no problem recorded for a missing index");
  }

  /** A parsed file with its text (to find the lines of measures). */
  private record Parsed<T>(T value, String text) {}

  private <T> Optional<Parsed<T>> parse(
      RegimeFiles files,
      String file,
      TypeReference<T> type,
      Problems problems,
      StringBuilder content) {
    Optional<String> text = files.read(file);
    if (text.isEmpty()) {
      problems.add(
          Problems.Place.file(file),
          "file not found in " + files.location() + "; add it or remove it from " + INDEX);
      return Optional.empty();
    }
    content.append(file).append('\n').append(text.get()).append('\n');
    try {
      T value = yaml.readValue(text.get(), type);
      if (value == null) {
        problems.add(Problems.Place.file(file), "the file is empty");
        return Optional.empty();
      }
      return Optional.of(new Parsed<>(value, text.get()));
    } catch (JsonProcessingException e) {
      problems.add(Problems.Place.file(file), YamlErrors.describe(e));
      return Optional.empty();
    }
  }

  private Map<String, String> keyed(
      RegimeFiles files,
      @org.jspecify.annotations.Nullable String declared,
      String fallback,
      Problems problems,
      StringBuilder content) {
    String file = declared == null ? fallback : declared;
    return parse(
            files, file, new TypeReference<LinkedHashMap<String, String>>() {}, problems, content)
        .<Map<String, String>>map(Parsed::value)
        .orElseGet(Map::of);
  }

  private static String hash(String content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Collects instruments and measures across files, checking cross-file rules (unique ids). */
  private static final class InstrumentSet {
    private final Problems problems;
    private final java.util.Set<String> sources;
    private final java.util.Set<String> claims;
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, String> measureFiles = new LinkedHashMap<>();

    InstrumentSet(Problems problems, java.util.Set<String> sources, java.util.Set<String> claims) {
      this.problems = problems;
      this.sources = sources;
      this.claims = claims;
    }

    void add(String file, String text, InstrumentFile parsed) {
      Optional<Instrument> instrument =
          new InstrumentReader(problems, sources).read(file, parsed.instrument());
      if (instrument.isEmpty()) {
        return;
      }
      instruments.add(instrument.get());
      MeasureReader reader = new MeasureReader(instrument.get(), sources, claims);
      for (RegimeFileModel.MeasureEntry entry : Fields.orEmpty(parsed.measures())) {
        String id = entry.id() == null ? "" : entry.id();
        Fields fields = new Fields(problems, Problems.Place.measure(file, text, id));
        String earlier = measureFiles.putIfAbsent(id, file);
        if (earlier != null && !id.isEmpty()) {
          fields.problem("duplicate measure id; it is already used in " + earlier);
        }
        reader.read(entry, fields).ifPresent(measures::add);
      }
    }

    List<Instrument> instruments() {
      return instruments;
    }

    List<Measure> measures() {
      return measures;
    }
  }
}

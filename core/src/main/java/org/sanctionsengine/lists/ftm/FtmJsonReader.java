package org.sanctionsengine.lists.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.ControlCharacters;
import org.sanctionsengine.input.InputFiles;
import org.sanctionsengine.input.InputLimitException;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.SourceLocation;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads FollowTheMoney JSON lines (one entity object per line; delta lines {@code {"op": ...,
 * "entity": {...}}} are accepted too). Two streaming passes: the first collects the programs of
 * {@code Sanction} entities by the entity they name, the second maps each Person, Organization,
 * Company, LegalEntity, Vessel and Airplane. Other schemas (Address, Ownership ...) are skipped.
 * Jackson's read constraints carry the input limits.
 */
public final class FtmJsonReader implements org.sanctionsengine.lists.ListReader {
  private static final String NEXT_STEP =
      "Check that the file is complete FollowTheMoney JSON lines (download it again).";

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    Map<String, List<String>> programs = new HashMap<>();
    each(input.main(), context, (node, at) -> FtmEntryMapper.collectProgram(node, programs));
    FtmEntryMapper mapper = new FtmEntryMapper(context, programs);
    each(input.main(), context, (node, at) -> mapper.map(node, at).ifPresent(sink));
    return Optional.empty();
  }

  private static void each(
      Path path, ReadContext context, BiConsumer<JsonNode, SourceLocation> handler) {
    String file = ListInput.displayName(path);
    ObjectMapper mapper = new ObjectMapper(factory(context.limits()));
    try (JsonParser parser =
            mapper.getFactory().createParser(InputFiles.open(path, file, context.limits()));
        MappingIterator<JsonNode> values = mapper.readerFor(JsonNode.class).readValues(parser)) {
      while (values.hasNextValue()) {
        long line = parser.currentLocation().getLineNr();
        JsonNode node = values.nextValue();
        SourceLocation at = SourceLocation.ofLine(file, line);
        if (!node.isObject()) {
          throw new ListFormatException(
              at,
              "expected a JSON object per line, found "
                  + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                  + ".",
              NEXT_STEP);
        }
        checkControl(node, at);
        handler.accept(node.has("entity") && node.has("op") ? node.get("entity") : node, at);
      }
    } catch (StreamConstraintsException e) {
      throw limit(file, e, context.limits());
    } catch (JsonProcessingException e) {
      SourceLocation at =
          new SourceLocation(
              file,
              Math.max(0, e.getLocation().getLineNr()),
              Math.max(0, e.getLocation().getColumnNr()),
              "");
      String reason = e.getOriginalMessage();
      throw new ListFormatException(
          at,
          reason.contains("end-of-input")
              ? "the file ends inside a JSON object; it looks truncated."
              : "the JSON is malformed: " + reason + ".",
          NEXT_STEP);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Refuses control characters in every string and field name (JSON lets {@code \u0000} in). */
  private static void checkControl(JsonNode node, SourceLocation at) {
    if (node.isTextual()) {
      ControlCharacters.check(node.textValue(), at);
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      ControlCharacters.check(field.getKey(), at);
      checkControl(field.getValue(), at.withPath(field.getKey()));
    }
    if (node.isArray()) {
      node.forEach(element -> checkControl(element, at));
    }
  }

  private static JsonFactory factory(InputLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxXmlDepth())
                .maxDocumentLength(limits.maxDocumentSize())
                .build())
        .build();
  }

  private static InputLimitException limit(
      String file, StreamConstraintsException e, InputLimits limits) {
    String message = String.valueOf(e.getMessage());
    SourceLocation at =
        e.getLocation() == null
            ? SourceLocation.ofFile(file)
            : SourceLocation.ofLine(file, Math.max(0, e.getLocation().getLineNr()));
    long actual = Long.parseLong(message.replaceAll("(?s)^\\D*\\(?(\\d+).*$", "$1"));
    if (message.contains("String value length")) {
      return new InputLimitException(
          at, InputLimits.Limit.STRING_LENGTH, actual, limits.maxStringLength());
    }
    if (message.contains("nesting depth")) {
      return new InputLimitException(at, InputLimits.Limit.XML_DEPTH, actual, limits.maxXmlDepth());
    }
    return new InputLimitException(
        at, InputLimits.Limit.DOCUMENT_SIZE, actual, limits.maxDocumentSize());
  }

  static List<String> values(JsonNode properties, String name) {
    List<String> values = new ArrayList<>();
    properties
        .path(name)
        .forEach(
            value -> {
              if (value.isTextual() && !value.asText().isBlank()) {
                values.add(value.asText().strip());
              }
            });
    return values;
  }
}

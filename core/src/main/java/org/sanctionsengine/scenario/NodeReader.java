package org.sanctionsengine.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads YAML or JSON text into {@link Node}s with their lines. Scenario files are small: nesting is
 * limited to {@value #MAX_DEPTH} levels and text to {@value #MAX_CHARS} characters, so that a
 * hostile or wrong file fails fast with a clear message.
 */
final class NodeReader {
  static final int MAX_DEPTH = 32;
  static final int MAX_CHARS = 1_000_000;

  private NodeReader() {}

  /** A failure to parse, with the line (0 when unknown) and a message without location. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    SyntaxError(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  static Node read(String text, boolean json) throws SyntaxError {
    if (text.length() > MAX_CHARS) {
      throw new SyntaxError(
          0,
          String.format(
              Locale.ROOT,
              "the file has %,d characters, more than the limit of %,d for a scenario; a scenario"
                  + " file is a few pages of YAML, so this is probably not one",
              text.length(),
              MAX_CHARS));
    }
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxError(0, "the file is empty; expected a scenario (see docs/scenarios.md)");
      }
      return value(parser, first);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String what = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new SyntaxError(
          line,
          "not valid "
              + (json ? "JSON" : "YAML")
              + " ("
              + what
              + "); check indentation, quoting and brackets");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node value(JsonParser p, JsonToken token) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    return switch (token) {
      case START_OBJECT -> mapping(p, line);
      case START_ARRAY -> sequence(p, line);
      case VALUE_STRING -> new Node.Scalar(line, p.getText(), Node.ScalarKind.STRING);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Node.Scalar(line, p.getText(), Node.ScalarKind.NUMBER);
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(line, p.getText(), Node.ScalarKind.BOOLEAN);
      case VALUE_NULL -> new Node.Scalar(line, "", Node.ScalarKind.NULL);
      default -> throw new IOException("unexpected token " + token + " at line " + line);
    };
  }

  private static Node mapping(JsonParser p, int line) throws IOException {
    List<Node.Field> fields = new ArrayList<>();
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_OBJECT) {
      if (token == null) {
        throw new IOException("the file ends inside a map that starts at line " + line);
      }
      String name = p.currentName();
      int keyLine = p.currentTokenLocation().getLineNr();
      fields.add(new Node.Field(name, keyLine, value(p, p.nextToken())));
    }
    return new Node.Mapping(line, fields);
  }

  private static Node sequence(JsonParser p, int line) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("the file ends inside a list that starts at line " + line);
      }
      items.add(value(p, token));
    }
    return new Node.Sequence(line, items);
  }
}

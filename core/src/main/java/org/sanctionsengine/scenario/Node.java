package org.sanctionsengine.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML or JSON value that remembers the line it starts on, so that every problem found
 * later can name its line. Jackson's data binding loses locations; its streaming parser keeps them.
 */
sealed interface Node {
  int line();

  /** A short word for messages: "a list", "a map", "the number 2701". */
  String describe();

  /** A field of a mapping, with the line of its key. */
  record Field(String name, int line, Node value) {}

  record Mapping(int line, List<Field> fields) implements Node {
    public Mapping {
      fields = List.copyOf(fields);
    }

    Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  record Sequence(int line, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar; {@code kind} tells a quoted or plain string from a number, boolean or null. */
  record Scalar(int line, String text, ScalarKind kind) implements Node {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the text '" + text + "'";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
      };
    }
  }

  enum ScalarKind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}

package org.sanctionsengine.regime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a YAML parse or mapping error into a line-numbered problem that says what to do. */
final class YamlErrors {
  private YamlErrors() {}

  static String describe(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where =
        location == null || location.getLineNr() < 1
            ? ""
            : String.format(
                Locale.ROOT, "line %d, column %d: ", location.getLineNr(), location.getColumnNr());
    return where + explain(e);
  }

  private static String explain(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown field '"
          + unknown.getPropertyName()
          + "'; check its spelling (fields here: "
          + known
          + ")";
    }
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      return "a value has the wrong type ("
          + e.getOriginalMessage().lines().findFirst().orElse("")
          + "). HS codes and other codes must be quoted strings ('0301', not 0301); lists are"
          + " written [a, b] or as '- ' items";
    }
    return "not valid YAML (" + e.getOriginalMessage() + "); check indentation and quoting";
  }
}

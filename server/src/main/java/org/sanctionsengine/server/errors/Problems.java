package org.sanctionsengine.server.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.audit.CaseTransitionException;
import org.sanctionsengine.input.InputLimitException;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.server.RequestBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates every failure into a problem document, once, at the edge of the server: the engine's
 * own exceptions keep their message (it already says what to do), JSON errors name the field, and
 * anything else is an internal error whose details go to the log under an incident id, never to the
 * caller.
 */
public final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Set on a request once it was answered with a problem, so error handlers leave it alone. */
  private static final String ANSWERED = "sanctions.problem";

  private Problems() {}

  /** Registers the exception and error handlers. */
  public static void register(RoutesConfig routes) {
    routes.exception(Exception.class, (e, ctx) -> answer(ctx, problemOf(e)));
    // Javalin answers its own HttpResponseExceptions (413 body too large ...) unless they have a
    // handler of their own.
    routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, problemOf(e)));
    // Statuses set without a body (an unknown route, a wrong method) get a document too.
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            answer(
                ctx,
                Problem.of(
                    404,
                    "not-found",
                    "Not found",
                    "There is no resource at "
                        + ctx.method()
                        + " "
                        + ctx.path()
                        + ". The API is described at /openapi.json."));
          }
        });
    routes.error(
        405,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            answer(
                ctx,
                Problem.of(
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path() + "; see /openapi.json."));
          }
        });
  }

  /** Writes the problem as the response. */
  public static void answer(Context ctx, Problem problem) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(problem.status());
    ctx.contentType(Problem.CONTENT_TYPE);
    ctx.result(problem.json(ctx.path()).toString().getBytes(StandardCharsets.UTF_8));
  }

  static Problem problemOf(Exception e) {
    return switch (e) {
      case ProblemException p -> p.problem();
      case RequestBodies.JsonBodyException b -> problemOf(b.json());
      case HttpResponseException h -> http(h);
      case UnrecognizedPropertyException u -> unknownField(u);
      case InvalidNullException n -> nullValue(n);
      case InvalidFormatException f -> wrongType(f);
      case MismatchedInputException m -> wrongType(m);
      case JsonProcessingException j ->
          RequestBodies.duplicateField(j).map(Problems::duplicate).orElseGet(() -> malformed(j));
      case InputLimitException l ->
          Problem.of(413, "input-limit", "Input too large", l.getMessage());
      case CaseTransitionException c ->
          Problem.of(409, "case-transition", "Step not allowed", c.getMessage());
      case InvalidInputException i ->
          Problem.of(422, "invalid-input", "Invalid input", i.getMessage());
      case StorageException s -> storage(s);
      case SanctionsException s ->
          Problem.of(500, "data-error", "Engine data error", s.getMessage());
      default -> internal(e);
    };
  }

  private static Problem http(HttpResponseException h) {
    int status = h.getStatus();
    if (status == 413) {
      return Problem.of(
          413,
          "body-too-large",
          "Request body too large",
          "The request body is larger than the server accepts ("
              + h.getMessage()
              + "). Send a smaller batch, or stream a CSV file to the batch endpoint.");
    }
    if (status == 404) {
      return Problem.of(
          404,
          "not-found",
          "Not found",
          h.getMessage() + ". The API is described at /openapi.json.");
    }
    if (status == 405) {
      return Problem.of(
          405, "method-not-allowed", "Method not allowed", h.getMessage() + "; see /openapi.json.");
    }
    return Problem.of(status, "http-" + status, h.getMessage(), h.getMessage());
  }

  private static Problem unknownField(UnrecognizedPropertyException u) {
    String field = path(u);
    Collection<Object> known = u.getKnownPropertyIds();
    String expected =
        known == null
            ? ""
            : " Known fields: "
                + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
                + ".";
    return Problem.of(
            400,
            "unknown-field",
            "Unknown field",
            "The request has a field '"
                + u.getPropertyName()
                + "' that this endpoint does not know."
                + expected
                + " Remove it or check its spelling (see /openapi.json).")
        .withError(field, "unknown field");
  }

  private static Problem wrongType(MismatchedInputException m) {
    String field = path(m);
    String expected = m.getTargetType() == null ? "another type" : typeName(m.getTargetType());
    String found =
        m instanceof InvalidFormatException f && f.getValue() != null
            ? " '" + f.getValue() + "'"
            : "";
    return Problem.of(
            400,
            "wrong-type",
            "Wrong type",
            "The field '"
                + (field.isEmpty() ? "(body)" : field)
                + "' has a value"
                + found
                + " of the wrong type: expected "
                + expected
                + ". Fix the value and send the request again (see /openapi.json).")
        .withError(field.isEmpty() ? "(body)" : field, "expected " + expected);
  }

  private static Problem nullValue(InvalidNullException n) {
    String field = path(n);
    return Problem.of(
            400,
            "wrong-type",
            "Wrong type",
            "The element '"
                + field
                + "' is null: expected an object or a value. Leave it out, or send a value"
                + " (see /openapi.json).")
        .withError(field, "null is not allowed here");
  }

  private static Problem duplicate(String field) {
    return Problem.of(
            400,
            "duplicate-field",
            "Duplicate field",
            "The request gives the field '"
                + field
                + "' more than once; which one counts would depend on the reader. Give each"
                + " field once.")
        .withError(field, "duplicate field");
  }

  private static Problem malformed(JsonProcessingException j) {
    var location = j.getLocation();
    String where =
        location == null
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return Problem.of(
        400,
        "malformed-json",
        "Malformed JSON",
        "The request body is not valid JSON" + where + ": " + j.getOriginalMessage() + ".");
  }

  private static Problem storage(StorageException s) {
    boolean unavailable =
        s.reason() == StorageException.Reason.CONNECTION
            || s.reason() == StorageException.Reason.RESOURCES;
    LOG.error("storage failure", s);
    return Problem.of(
        unavailable ? 503 : 500,
        "storage",
        unavailable ? "Store unavailable" : "Store error",
        s.getMessage() + " Nothing of this request was stored; send it again.");
  }

  private static Problem internal(Exception e) {
    String incident = UUID.randomUUID().toString();
    LOG.error("internal error, incident " + incident, e);
    return Problem.of(
        500,
        "internal-error",
        "Internal error",
        "The server failed on this request (incident "
            + incident
            + "). Nothing of it was stored. This is a bug: report the incident id to the"
            + " operators, who find the details in the server log.");
  }

  /** The JSON path of a field, e.g. {@code items[3].date}. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (java.util.List.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "an object (" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
  }
}

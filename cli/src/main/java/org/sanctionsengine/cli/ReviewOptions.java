package org.sanctionsengine.cli;

import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.Reviewer;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The case id, key and reason that every review step needs. A step is taken with an API key, as on
 * the server: the reviewer is the key's holder, so that four eyes means two keys of two people. (A
 * free {@code --reviewer NAME} let one person sign as two; it is gone, issue 13.)
 */
final class ReviewOptions {
  @Parameters(index = "0", paramLabel = "CASE", description = "The case id (see `cases list`).")
  long caseId;

  @Option(
      names = "--key",
      paramLabel = "KEY",
      defaultValue = "${env:SANCTIONS_KEY}",
      description = {
        "Your API key (reviewer or admin); the step is recorded as taken by its holder.",
        "Default: the environment variable SANCTIONS_KEY (keeps the key out of shell history)."
      })
  String key = "";

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why, in your words; it is kept in the case history and the audit log.")
  String reason = "";

  /** The holder of the given key, acting with it; refuses a missing, unknown or screener key. */
  Reviewer reviewer(Storage storage) {
    if (key == null || key.isBlank()) {
      throw new InvalidInputException(
          "A case step is taken with your API key, and its holder is recorded as the reviewer:"
              + " give it with --key KEY or in the environment variable SANCTIONS_KEY. Nothing was"
              + " recorded. An administrator issues reviewer keys with `sanctions keys create"
              + " --holder NAME --role reviewer`.");
    }
    ApiKey found =
        storage
            .apiKeys()
            .authenticate(key.strip())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "The API key given is unknown or revoked in the store at "
                            + storage.url().redacted()
                            + "; nothing was recorded. Check the key (and --db), or ask an"
                            + " administrator for a new one."));
    if (!found.role().includes(Role.REVIEWER)) {
      throw new InvalidInputException(
          "Key "
              + found.id()
              + " of "
              + found.holder()
              + " has the role "
              + found.role().code()
              + "; a case step needs a reviewer or admin key. Nothing was recorded.");
    }
    return Reviewer.of(found);
  }
}

package org.sanctionsengine.cli;

import org.sanctionsengine.audit.Reviewer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The case id, reviewer and reason that every review step needs. */
final class ReviewOptions {
  @Parameters(index = "0", paramLabel = "CASE", description = "The case id (see `cases list`).")
  long caseId;

  @Option(
      names = "--reviewer",
      required = true,
      paramLabel = "NAME",
      description = "Who takes this step (the name you sign reviews with).")
  String reviewer = "";

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why, in your words; it is kept in the case history and the audit log.")
  String reason = "";

  Reviewer reviewer() {
    return new Reviewer(reviewer);
  }
}

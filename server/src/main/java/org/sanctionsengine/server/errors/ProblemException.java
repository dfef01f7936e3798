package org.sanctionsengine.server.errors;

import org.sanctionsengine.SanctionsException;

/** Thrown by a route to answer with a problem document. */
public final class ProblemException extends SanctionsException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised: it lives for one request
  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String slug, String title, String detail) {
    return new ProblemException(Problem.of(400, slug, title, detail));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
  }
}

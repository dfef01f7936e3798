package org.sanctionsengine.server.access;

import io.javalin.http.Context;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.audit.Reviewer;

/** Who is calling: the holder of the API key the request carried. */
public record Caller(ApiKey key) {
  private static final String ATTRIBUTE = "sanctions.caller";

  public String holder() {
    return key.holder();
  }

  /** The caller as a reviewer in the case history (four eyes compares these). */
  public Reviewer reviewer() {
    return Reviewer.of(key);
  }

  /** The caller of this request; only routes with a permission other than PUBLIC have one. */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("no caller on a public route: " + ctx.path());
    }
    return caller;
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }
}

package org.sanctionsengine.server.access;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.sanctionsengine.access.Role;

/** What a route asks of its caller: nothing (health, the UI's files) or a key with a role. */
public enum Permission implements RouteRole {
  PUBLIC(null),
  SCREENER(Role.SCREENER),
  REVIEWER(Role.REVIEWER),
  ADMIN(Role.ADMIN);

  private final @org.jspecify.annotations.Nullable Role role;

  Permission(@org.jspecify.annotations.Nullable Role role) {
    this.role = role;
  }

  /** The role a key needs, or empty for public routes. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }
}

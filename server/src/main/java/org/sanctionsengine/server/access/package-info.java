/**
 * Who may call what: {@link org.sanctionsengine.server.access.ApiKeyAccess} checks every request's
 * API key against the role its route needs ({@link org.sanctionsengine.server.access.Permission}).
 * Without a key only the health check and the web UI's static files answer.
 */
@NullMarked
package org.sanctionsengine.server.access;

import org.jspecify.annotations.NullMarked;

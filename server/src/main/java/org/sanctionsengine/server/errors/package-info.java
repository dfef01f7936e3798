/**
 * Errors as the API answers them: problem documents (RFC 9457) with a message that says what is
 * wrong and what to do. Start from {@link org.sanctionsengine.server.errors.Problems}, which maps
 * every exception once, at the edge.
 */
@NullMarked
package org.sanctionsengine.server.errors;

import org.jspecify.annotations.NullMarked;

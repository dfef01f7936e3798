/**
 * The HTTP resources, one class per resource, each registering its routes with the permission they
 * need. Routes parse and answer; the deciding is done by core, through {@link
 * org.sanctionsengine.server.PartyScreening} and {@link
 * org.sanctionsengine.server.TransactionChecks}, which also record every decision.
 */
@NullMarked
package org.sanctionsengine.server.routes;

import org.jspecify.annotations.NullMarked;

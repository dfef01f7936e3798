/**
 * The engine as an HTTP service. Start from {@link org.sanctionsengine.server.SanctionsServer};
 * {@link org.sanctionsengine.server.PartyScreening} and {@link
 * org.sanctionsengine.server.TransactionChecks} decide (with core) and record every decision before
 * it is answered. Packages: {@code routes} (one class per resource), {@code recon} (the W3C
 * Reconciliation API), {@code access} (API keys and roles), {@code errors} (problem documents).
 * Depends on core and storage; nothing depends on it but the command line's {@code serve}.
 */
@NullMarked
package org.sanctionsengine.server;

import org.jspecify.annotations.NullMarked;

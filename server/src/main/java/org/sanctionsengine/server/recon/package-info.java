/**
 * The W3C Reconciliation Service API 0.2 ({@code shared/specs/reconciliation-api-0.2}): the service
 * manifest, batched reconciliation queries, entity preview and suggest, so that OpenRefine can
 * reconcile a spreadsheet of names against the lists. Start from {@link
 * org.sanctionsengine.server.recon.ReconciliationRoutes}; queries are read by {@link
 * org.sanctionsengine.server.recon.ReconciliationQueries} and screened (and recorded) by the same
 * code as {@code POST /api/screen}.
 */
@NullMarked
package org.sanctionsengine.server.recon;

import org.jspecify.annotations.NullMarked;

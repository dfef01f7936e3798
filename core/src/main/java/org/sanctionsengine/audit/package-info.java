/**
 * Record keeping: every decision goes into an append-only, hash-chained audit log, and hits become
 * cases that reviewers clear as false positives or confirm as true matches under four eyes. A
 * case's state is what its chained entries say ({@link org.sanctionsengine.audit.CaseLedger}); its
 * row in a store is a copy for queries.
 *
 * <p>Start from {@link org.sanctionsengine.audit.DecisionRecord} (what is recorded), {@link
 * org.sanctionsengine.audit.AuditLog} (the port a store implements), {@link
 * org.sanctionsengine.audit.AuditChain} (the exact hashing, documented in {@code docs/audit.md})
 * and {@link org.sanctionsengine.audit.CaseQueue} (the case workflow over the {@link
 * org.sanctionsengine.audit.CaseStore} port). This package knows nothing of JDBC: the {@code
 * storage} module implements the ports. It depends on no other package of the engine but {@code
 * access} (who acts: keys and holders), so that a decision of any kind can be recorded.
 */
@NullMarked
package org.sanctionsengine.audit;

import org.jspecify.annotations.NullMarked;

/**
 * JDBC implementations of core's storage ports: the hash-chained audit log ({@code JdbcAuditLog},
 * written by one group-commit writer) and cases ({@code JdbcCaseStore}). Start from {@link
 * org.sanctionsengine.storage.Storage#open}. Embedded H2 by default, PostgreSQL when the JDBC URL
 * names it; the schema comes from versioned SQL files per dialect ({@code Migrations}). Depends on
 * core only; faces (CLI, server) depend on this module.
 */
@NullMarked
package org.sanctionsengine.storage;

import org.jspecify.annotations.NullMarked;

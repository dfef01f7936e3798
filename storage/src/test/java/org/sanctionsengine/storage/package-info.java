/**
 * Behaviour tests of the JDBC store, written once ({@code StorageContract}) and run against the
 * embedded H2 ({@code *Test}, Surefire) and a real PostgreSQL ({@code *IT}, Failsafe).
 */
@NullMarked
package org.sanctionsengine.storage;

import org.jspecify.annotations.NullMarked;

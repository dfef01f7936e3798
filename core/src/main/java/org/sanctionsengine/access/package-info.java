/**
 * Who may ask what: API keys and the roles they carry ({@code screener}, {@code reviewer}, {@code
 * admin}). Start from {@link org.sanctionsengine.access.ApiKeyStore}, the port a store implements
 * (the {@code storage} module keeps only a SHA-256 of each key), and {@link
 * org.sanctionsengine.access.Role}. Depends on no other package of the engine.
 */
@NullMarked
package org.sanctionsengine.access;

import org.jspecify.annotations.NullMarked;

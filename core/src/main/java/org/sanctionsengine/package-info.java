/**
 * Sanctions Engine core: the library behind every face. Start from the domain packages: {@code
 * regime} (authorities, instruments, measures), {@code goods} (HS codes), {@code screening}
 * (decisions), {@code audit} (the hash-chained decision log and cases). This package holds only the
 * root of the exception hierarchy and {@link org.sanctionsengine.StorageException}, which every
 * storage port may throw.
 */
@NullMarked
package org.sanctionsengine;

import org.jspecify.annotations.NullMarked;

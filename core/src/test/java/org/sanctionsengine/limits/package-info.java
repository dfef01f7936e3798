/**
 * Hostile and broken input: every case is imported into a store that already holds a good snapshot,
 * and must be rejected whole with a message naming the file, the place and the next step, leaving
 * the good snapshot current and no staging leftovers.
 */
package org.sanctionsengine.limits;

/**
 * Regression tests named after the issue that reported them ({@code Issue11...Test}); each builds
 * its broken input in a temporary directory, from the real files in {@code shared/data} where it
 * can, and asserts what is imported (or that nothing is).
 */
package org.sanctionsengine.issues;

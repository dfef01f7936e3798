/**
 * Regression tests named after the issue that reported them ({@code Issue11...Test}): each pins a
 * bug found once, in the words the user sees, so that it stays fixed; those of list imports build
 * their broken input in a temporary directory, from the real files in {@code shared/data} where
 * they can, and assert what is imported (or that nothing is).
 */
package org.sanctionsengine.issues;

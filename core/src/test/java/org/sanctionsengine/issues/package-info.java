/**
 * Regression tests named after their issue ({@code Issue11...Test}): each pins a bug found once, in
 * the words the user sees, so that it stays fixed.
 */
package org.sanctionsengine.issues;

/**
 * The command-line face: one class per command, errors translated to messages and exit codes once,
 * at the edge ({@link org.sanctionsengine.cli.ErrorReporter}). Commands parse arguments and print;
 * every decision is made by core.
 */
@NullMarked
package org.sanctionsengine.cli;

import org.jspecify.annotations.NullMarked;

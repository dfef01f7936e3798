/**
 * Input from users and files: where a value came from ({@code SourceLocation}), the errors for
 * values that are not acceptable, and the limits that keep hostile input harmless. Depends on no
 * other package of the engine.
 */
@NullMarked
package org.sanctionsengine.input;

import org.jspecify.annotations.NullMarked;

package org.sanctionsengine.match;

import org.jspecify.annotations.Nullable;

/**
 * One name of one listed entity, normalized for the entity's kind and prepared for scoring.
 *
 * @param entity the entity's position in the index
 * @param value the name as the list writes it
 * @param form its normalized tokens, prepared for scoring
 * @param nativeScript the name as written when wholly in Hangul or Chinese characters, else null
 */
record IndexedName(int entity, String value, NameForm form, @Nullable NativeScript nativeScript) {}

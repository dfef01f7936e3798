package org.sanctionsengine.match;

/**
 * One name of one listed entity, normalized for the entity's kind and prepared for scoring.
 *
 * @param entity the entity's position in the index
 * @param value the name as the list writes it
 * @param form its normalized tokens, prepared for scoring
 */
record IndexedName(int entity, String value, NameForm form) {}

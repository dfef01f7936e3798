package org.sanctionsengine.match;

import org.sanctionsengine.names.NormalizedName;

/**
 * One name of one listed entity, normalized for the entity's kind.
 *
 * @param entity the entity's position in the index
 * @param value the name as the list writes it
 * @param normalized its normalized form
 */
record IndexedName(int entity, String value, NormalizedName normalized) {}

/**
 * The one entity model every sanctions list is mapped into: {@link
 * org.sanctionsengine.entity.Entity} (sealed: {@link org.sanctionsengine.entity.Person}, {@link
 * org.sanctionsengine.entity.Organization}, {@link org.sanctionsengine.entity.Vessel}, {@link
 * org.sanctionsengine.entity.Aircraft}), the parts they share ({@link
 * org.sanctionsengine.entity.Listing}: names, addresses, identifiers, nationalities, programs) and
 * where each came from ({@link org.sanctionsengine.entity.ListEntryRef}).
 *
 * <p>Plain immutable values: no parsing of list formats (that is {@code lists}), no matching (that
 * is {@code match}). Depends only on the JDK and {@code input}.
 */
@NullMarked
package org.sanctionsengine.entity;

import org.jspecify.annotations.NullMarked;

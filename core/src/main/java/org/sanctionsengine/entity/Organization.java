package org.sanctionsengine.entity;

/**
 * A listed company, organisation, group or other legal entity (anything not a person, vessel or
 * aircraft).
 *
 * @param ref where the entry came from
 * @param listing names, addresses, identifiers, nationalities, programs
 */
public record Organization(ListEntryRef ref, Listing listing) implements Entity {}

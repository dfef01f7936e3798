package org.sanctionsengine.entity;

/** What a name is to its entity. */
public enum NameType {
  /** The name the list files the entry under. */
  PRIMARY,
  /** Also known as (a.k.a.), including OFAC's weak AKAs (see {@link NameQuality}). */
  ALIAS,
  /** Formerly known as (f.k.a.), including a ship's former names. */
  FORMER,
  /** The primary name written in its original script (e.g. Hangul or Arabic). */
  ORIGINAL_SCRIPT
}

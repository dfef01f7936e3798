package org.sanctionsengine.entity;

/**
 * How much a list trusts an alias to identify the entry. OFAC calls them strong and weak AKAs
 * (weak: "often broad or generic, may generate false hits"); the UN calls them good and low
 * quality. We map the UN's "Good" to {@link #STRONG} and "Low" to {@link #WEAK}: both mean the same
 * thing to a screener.
 */
public enum NameQuality {
  STRONG,
  WEAK,
  /** The list says nothing about the name's quality (primary names, most other lists). */
  UNSPECIFIED
}

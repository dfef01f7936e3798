package org.sanctionsengine.names;

import org.sanctionsengine.entity.EntityKind;

/**
 * What the kind of party changes in normalization. People's names lose their titles ("General",
 * "Haji") wherever they stand and have no legal forms. Names of organizations, vessels and aircraft
 * keep words like "General" (as in "General Bureau", or the ship "Marshal Zhukov") and mark legal
 * forms weak. A party of unknown kind keeps its titles as weak tokens and marks legal forms weak,
 * so that it can meet a person or an organization.
 */
enum NamePolicy {
  PERSON(true, false, false),
  NON_PERSON(false, true, false),
  UNKNOWN(false, true, true);

  private final boolean dropsTitles;
  private final boolean weighsLegalForms;
  private final boolean weighsTitles;

  NamePolicy(boolean dropsTitles, boolean weighsLegalForms, boolean weighsTitles) {
    this.dropsTitles = dropsTitles;
    this.weighsLegalForms = weighsLegalForms;
    this.weighsTitles = weighsTitles;
  }

  /** Whether titles stay as weak tokens (a party of unknown kind). */
  boolean weighsTitles() {
    return weighsTitles;
  }

  static NamePolicy of(EntityKind kind) {
    return switch (kind) {
      case PERSON -> PERSON;
      case ORGANIZATION, VESSEL, AIRCRAFT -> NON_PERSON;
    };
  }

  boolean dropsTitles() {
    return dropsTitles;
  }

  boolean weighsLegalForms() {
    return weighsLegalForms;
  }
}

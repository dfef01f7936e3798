package org.sanctionsengine.regime;

/**
 * An exemption from a measure that a user can claim by its code ({@code --exemption
 * rajin-transit}).
 *
 * @param claim the claim code, declared in {@code claims.yaml}
 * @param paragraph where the exemption is written ({@code OP29(a)})
 * @param yields what a claim turns the measure's effect into
 * @param conditions what must hold, in plain words, shown with every decision that uses it
 */
public record Exemption(
    String claim, String paragraph, ExemptionYield yields, String conditions, Status status) {}

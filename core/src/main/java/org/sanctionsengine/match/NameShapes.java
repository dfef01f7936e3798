package org.sanctionsengine.match;

import java.util.Arrays;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * Per indexed name: its count of normal tokens, of initials and of all other tokens, and the weight
 * of the others, for score bounds.
 */
final class NameShapes {
  private int[] normalTokens = new int[1024];
  private int[] initials = new int[1024];
  private int[] otherTokens = new int[1024];
  private double[] otherWeight = new double[1024];
  private int size;

  void add(NormalizedName name) {
    if (size == normalTokens.length) {
      normalTokens = Arrays.copyOf(normalTokens, size * 2);
      initials = Arrays.copyOf(initials, size * 2);
      otherTokens = Arrays.copyOf(otherTokens, size * 2);
      otherWeight = Arrays.copyOf(otherWeight, size * 2);
    }
    normalTokens[size] = count(name, TokenKind.NORMAL);
    initials[size] = count(name, TokenKind.INITIAL);
    otherTokens[size] = name.tokens().size() - normalTokens[size];
    otherWeight[size] = other(name);
    size++;
  }

  int normalTokens(int id) {
    return normalTokens[id];
  }

  /** How many of the name's tokens are initials. */
  int initials(int id) {
    return initials[id];
  }

  /** How many of the name's tokens are weak or initials. */
  int otherTokens(int id) {
    return otherTokens[id];
  }

  double otherWeight(int id) {
    return otherWeight[id];
  }

  double weight(int id) {
    return normalTokens[id] * NameScorer.NORMAL_WEIGHT + otherWeight[id];
  }

  static int count(NormalizedName name, TokenKind kind) {
    int count = 0;
    for (NameToken token : name.tokens()) {
      if (token.kind() == kind) {
        count++;
      }
    }
    return count;
  }

  static double other(NormalizedName name) {
    double weight = 0;
    for (NameToken token : name.tokens()) {
      if (token.kind() != TokenKind.NORMAL) {
        weight += NameScorer.weight(token.kind());
      }
    }
    return weight;
  }
}

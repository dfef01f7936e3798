package org.sanctionsengine.regime;

import org.sanctionsengine.goods.HsScope;

/**
 * One item of a luxury-goods list, with a value threshold where the list sets one (snowmobiles
 * above USD 2,000). {@code thresholdUsd} is 0 when any value is caught.
 */
public record LuxuryItem(String name, HsScope goods, long thresholdUsd) {
  public LuxuryItem {
    if (thresholdUsd < 0) {
      throw new IllegalArgumentException("negative threshold: " + thresholdUsd);
    }
  }

  public boolean hasThreshold() {
    return thresholdUsd > 0;
  }
}

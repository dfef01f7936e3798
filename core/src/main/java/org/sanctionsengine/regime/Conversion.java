package org.sanctionsengine.regime;

import org.sanctionsengine.goods.HsScope;

/**
 * Barrels per tonne for the goods in {@code goods}, used to count deliveries given in tonnes
 * against a cap in barrels. {@code source} is a citation key (the 1718 Committee's table).
 */
public record Conversion(HsScope goods, double barrelsPerTonne, String source) {}

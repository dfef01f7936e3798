/**
 * Goods: Harmonized System codes ({@link org.sanctionsengine.goods.HsCode}), the 97 HS chapters by
 * name ({@link org.sanctionsengine.goods.HsChapters}), goods scopes of measures ({@link
 * org.sanctionsengine.goods.HsScope}) and the gazetteer that maps plain descriptions ("whisky",
 * "men's suits") to codes ({@link org.sanctionsengine.goods.GoodsGazetteer}). Depends only on the
 * root exception and {@code input}; start from {@code HsCode}.
 */
@NullMarked
package org.sanctionsengine.goods;

import org.jspecify.annotations.NullMarked;

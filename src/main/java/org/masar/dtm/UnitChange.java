package org.masar.dtm;

import java.util.Map;

/**
 * A unit's figures against the previous published round, figure by figure.
 *
 * @param pcode the unit's P-code ({@code LY} for Libya)
 * @param nameEn its English name
 * @param nameAr its Arabic name
 * @param figures each figure of this round with the previous round's count, in key order
 */
public record UnitChange(String pcode, String nameEn, String nameAr, Map<String, FigureChange> figures) {

    public UnitChange {
        figures = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(figures));
    }
}

package org.masar.dtm;

import java.util.Map;

/**
 * The figures of one unit at one level, summed up the gazetteer. Libya's P-code is {@code LY}.
 *
 * @param pcode the unit's P-code
 * @param nameEn its English name
 * @param nameAr its Arabic name
 * @param figures the counts by {@link FigureKey figure key}, in key order
 */
public record UnitFigures(String pcode, String nameEn, String nameAr, Map<String, Long> figures) {

    public UnitFigures {
        figures = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(figures));
    }
}

package org.masar.dtm;

import java.util.Map;

/**
 * Which columns of a spreadsheet hold what.
 *
 * @param unit the column holding the units' P-codes or their English or Arabic names
 * @param level {@code baladiya} or {@code muhalla}: the level of every row's unit
 * @param figures the column of each figure, by figure key ({@code "migrants.ind": "Migrants"})
 */
public record ImportMapping(String unit, String level, Map<String, String> figures) {}

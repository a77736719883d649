package org.masar.assistance;

/**
 * How much of an item a warehouse holds.
 *
 * @param item the item's code
 * @param nameEn the item's English name
 * @param nameAr the item's Arabic name
 * @param unit the item's unit
 * @param quantity the balance, never negative
 */
public record StockBalance(String item, String nameEn, String nameAr, String unit, long quantity) {}

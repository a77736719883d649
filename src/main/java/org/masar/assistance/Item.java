package org.masar.assistance;

/**
 * An item of the catalogue, counted in its unit.
 *
 * @param code short unique code ({@code soap-bar})
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param unit what one counts: piece, pair, set, pack, box, kg, litre, basket
 * @param active false once withdrawn from the catalogue
 */
public record Item(String code, String nameEn, String nameAr, String unit, boolean active) {}

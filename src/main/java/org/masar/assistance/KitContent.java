package org.masar.assistance;

/**
 * One line of a kit.
 *
 * @param item the item's code
 * @param quantity how many of it one kit holds (at least 1)
 */
public record KitContent(String item, int quantity) {}

package org.masar.assistance;

import java.util.List;

/**
 * A kit: items packed together, dispatched as its contents.
 *
 * @param code short unique code ({@code hygiene-kit})
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param active false once withdrawn
 * @param contents the items in one kit, each with its quantity
 */
public record Kit(String code, String nameEn, String nameAr, boolean active, List<KitContent> contents) {

    public Kit {
        contents = List.copyOf(contents);
    }
}

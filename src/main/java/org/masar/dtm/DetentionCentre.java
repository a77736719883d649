package org.masar.dtm;

import org.jspecify.annotations.Nullable;
import org.masar.geo.Site;

/**
 * A detention centre with its latest snapshot.
 *
 * @param site the centre, as the gazetteer knows it
 * @param latest its latest snapshot, if any
 */
public record DetentionCentre(Site site, @Nullable DetentionSnapshot latest) {}

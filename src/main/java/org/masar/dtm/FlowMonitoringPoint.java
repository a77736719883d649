package org.masar.dtm;

import org.jspecify.annotations.Nullable;
import org.masar.geo.Site;

/**
 * A flow-monitoring point with its latest count.
 *
 * @param site the point, as the gazetteer knows it
 * @param latest its latest count, if any
 */
public record FlowMonitoringPoint(Site site, @Nullable FlowMonitoringCount latest) {}

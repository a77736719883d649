package org.masar.dtm.api;

import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoringPoint;

/**
 * A flow-monitoring point with its latest count.
 *
 * @param siteId the point's site id
 * @param code the site's code
 * @param nameEn English name
 * @param nameAr Arabic name
 * @param baladiya the baladiya's P-code
 * @param latest the latest count, if any
 */
record FlowPointJson(
        String siteId,
        String code,
        String nameEn,
        String nameAr,
        String baladiya,
        @Nullable FlowCountJson latest) {

    static FlowPointJson of(FlowMonitoringPoint point) {
        return new FlowPointJson(
                point.site().id().toString(),
                point.site().code(),
                point.site().nameEn(),
                point.site().nameAr(),
                point.site().baladiya().pcode().value(),
                point.latest() == null ? null : FlowCountJson.of(point.latest()));
    }
}

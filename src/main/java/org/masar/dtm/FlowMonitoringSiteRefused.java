package org.masar.dtm;

import org.masar.geo.SiteId;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The site exists but cannot take a flow-monitoring record: it is not a flow-monitoring point
 * ({@code dtm.flow.not-a-point}) or it is out of use ({@code dtm.flow.point-inactive}). A 400.
 */
public class FlowMonitoringSiteRefused extends ProblemException {

    private FlowMonitoringSiteRefused(String code, SiteId site) {
        super(code, HttpStatus.BAD_REQUEST, site.toString());
    }

    /** The site is of another type. */
    public static FlowMonitoringSiteRefused notAPoint(SiteId site) {
        return new FlowMonitoringSiteRefused("dtm.flow.not-a-point", site);
    }

    /** The site was deactivated. */
    public static FlowMonitoringSiteRefused inactive(SiteId site) {
        return new FlowMonitoringSiteRefused("dtm.flow.point-inactive", site);
    }
}

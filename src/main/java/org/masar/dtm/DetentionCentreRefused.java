package org.masar.dtm;

import org.masar.geo.SiteId;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The site exists but is not a detention centre ({@code dtm.detention.not-a-centre}) or is out of use
 * ({@code dtm.detention.centre-inactive}). A 400.
 */
public class DetentionCentreRefused extends ProblemException {

    private DetentionCentreRefused(String code, SiteId site) {
        super(code, HttpStatus.BAD_REQUEST, site.toString());
    }

    /** The site is of another type. */
    public static DetentionCentreRefused notACentre(SiteId site) {
        return new DetentionCentreRefused("dtm.detention.not-a-centre", site);
    }

    /** The site was deactivated. */
    public static DetentionCentreRefused inactive(SiteId site) {
        return new DetentionCentreRefused("dtm.detention.centre-inactive", site);
    }
}

package org.masar.access;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An API token was asked for with an expiry beyond the longest lifetime allowed ({@code masar.api-tokens.max-lifetime}):
 * a 400 problem whose detail names the maximum in days.
 */
public class TokenExpiryTooLate extends ProblemException {

    public TokenExpiryTooLate(long maxDays) {
        super("access.token-expiry-too-late", HttpStatus.BAD_REQUEST, maxDays);
    }
}

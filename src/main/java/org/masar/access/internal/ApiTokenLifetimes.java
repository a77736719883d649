package org.masar.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long API tokens live ({@code masar.api-tokens.*}): a token asked for without an expiry gets the default lifetime,
 * and none may be asked for beyond the maximum, so that a forgotten token stops working on its own.
 *
 * @param defaultLifetime the lifetime of a token issued without an expiry
 * @param maxLifetime the longest lifetime a token may be issued for
 */
@ConfigurationProperties("masar.api-tokens")
record ApiTokenLifetimes(
        @DefaultValue("P30D") Duration defaultLifetime,
        @DefaultValue("P365D") Duration maxLifetime) {

    ApiTokenLifetimes {
        if (defaultLifetime.isNegative() || defaultLifetime.isZero() || maxLifetime.compareTo(defaultLifetime) < 0) {
            throw new IllegalArgumentException(
                    "masar.api-tokens: the default lifetime must be positive and not above the maximum");
        }
    }
}

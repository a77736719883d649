package org.masar.access.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per client address, across all accounts: the per-account lock-out stops guessing one
 * password, this stops trying one common password on many accounts (password spraying). After
 * {@code masar.sign-in.throttle.failures} failures, the address may not try again until its window has passed (the
 * allowance comes back whole, once per window, not drop by drop, so a patient sprayer gains nothing); an office behind
 * one address keeps room for its people's typos.
 *
 * <p>The buckets live in PostgreSQL (Bucket4j), so every node counts the same failures.
 */
@Component
class SignInThrottle {

    private static final String TABLE = "access_rate_limit";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    SignInThrottle(
            DataSource dataSource,
            @Value("${masar.sign-in.throttle.failures:20}") int failures,
            @Value("${masar.sign-in.throttle.window:PT15M}") Duration window) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
                .build();
    }

    /** Whether this address may still try to sign in. */
    boolean allows(String clientAddress) {
        return bucket(clientAddress).getAvailableTokens() > 0;
    }

    /** Counts one failed sign-in (a wrong password, an unknown account, a wrong second-factor code). */
    void failed(String clientAddress) {
        bucket(clientAddress).tryConsume(1);
    }

    /** Full buckets carry no information: drop them, in batches, so the table holds only recent failures. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetRefilledBuckets() {
        while (buckets.removeExpired(500) == 500) {
            // another batch
        }
    }

    private BucketProxy bucket(String clientAddress) {
        return buckets.builder().build("sign-in:" + clientAddress, () -> configuration);
    }
}

package org.masar.collect.internal;

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
 * Limits failed OpenRosa authentications per client address, as sign-in is limited (Bucket4j in PostgreSQL, so every
 * node counts the same failures): after {@code masar.collect.throttle.failures} wrong credentials, the address gets a
 * 429 until its window has passed. A request without credentials is not a failure: it is how Digest starts.
 */
@Component
class CollectThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    CollectThrottle(
            DataSource dataSource,
            @Value("${masar.collect.throttle.failures:${masar.sign-in.throttle.failures:20}}") int failures,
            @Value("${masar.collect.throttle.window:PT15M}") Duration window) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("collect_rate_limit")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
                .build();
    }

    boolean allows(String clientAddress) {
        return bucket(clientAddress).getAvailableTokens() > 0;
    }

    void failed(String clientAddress) {
        bucket(clientAddress).tryConsume(1);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetRefilledBuckets() {
        while (buckets.removeExpired(500) == 500) {
            // another batch
        }
    }

    private BucketProxy bucket(String clientAddress) {
        return buckets.builder().build("collect:" + clientAddress, () -> configuration);
    }
}

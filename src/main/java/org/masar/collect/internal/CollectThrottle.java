package org.masar.collect.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 *
 * <p>Reading a bucket is a transaction of its own that locks the address's row ({@code SELECT … FOR UPDATE}) and
 * commits: every request of one address (every phone behind one proxy or NAT) would wait on that row and a durable
 * commit before its own work. So an address found with no failure in its window is remembered here as clean for
 * {@link #CLEAN_FOR} (one second), and its requests meanwhile are not checked again; when that second is over, one
 * request checks again while the others of that address wait for its answer, instead of all queueing on the row (16
 * phones behind one address had each waited about 7 ms there). Any failure on this node forgets the address at once,
 * and an address with failures is checked at every request. Failures on other nodes reach this node's decisions
 * within that second.
 */
@Component
class CollectThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final long capacity;

    /** How long an address found with no failure is not checked again. */
    static final Duration CLEAN_FOR = Duration.ofSeconds(1);

    /** The tokens an address had when last read: kept only while it has them all (no failure in its window). */
    private final Cache<String, Long> clean = Caffeine.newBuilder()
            .expireAfterWrite(CLEAN_FOR)
            .maximumSize(10_000)
            .build();

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
        this.capacity = failures;
    }

    boolean allows(String clientAddress) {
        // one reader per address at a time; the others of that address wait for its answer
        long available = clean.get(clientAddress, address -> bucket(address).getAvailableTokens());
        if (available < capacity) {
            clean.invalidate(clientAddress); // an address with failures is read again at its next request
        }
        return available > 0;
    }

    void failed(String clientAddress) {
        clean.invalidate(clientAddress);
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

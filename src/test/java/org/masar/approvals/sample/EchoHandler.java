package org.masar.approvals.sample;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.shared.ConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The handler of the test-only command type {@code test.echo}: counts, per subject, how often each step ran, and who
 * it ran as. A payload {@code {"fail": true}} makes the approval fail (a 409 problem); {@code {"hold": true}} makes it
 * wait, inside the approving transaction, until the test releases it.
 */
@Component
public class EchoHandler implements ApprovalHandler {

    public static final String TYPE = "test.echo";

    private final Map<String, AtomicInteger> approved = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rejected = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> withdrawn = new ConcurrentHashMap<>();
    private final Map<String, String> approvedBy = new ConcurrentHashMap<>();
    private final Map<String, Boolean> inTransaction = new ConcurrentHashMap<>();
    private volatile @Nullable CountDownLatch entered;
    private volatile @Nullable CountDownLatch release;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void approved(Approval approval) {
        if (approval.payloadJson().replace(" ", "").contains("\"fail\":true")) {
            throw new ConflictException("conflict.stale");
        }
        if (approval.payloadJson().replace(" ", "").contains("\"hold\":true")) {
            hold();
        }
        inTransaction.put(approval.subject(), TransactionSynchronizationManager.isActualTransactionActive());
        approvedBy.put(approval.subject(), CurrentUser.get().id().toString());
        approved.computeIfAbsent(approval.subject(), key -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void rejected(Approval approval) {
        rejected.computeIfAbsent(approval.subject(), key -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void withdrawn(Approval approval) {
        withdrawn
                .computeIfAbsent(approval.subject(), key -> new AtomicInteger())
                .incrementAndGet();
    }

    public int approvals(String subject) {
        return count(approved, subject);
    }

    public int rejections(String subject) {
        return count(rejected, subject);
    }

    public int withdrawals(String subject) {
        return count(withdrawn, subject);
    }

    public @Nullable String approvedBy(String subject) {
        return approvedBy.get(subject);
    }

    public boolean ranInTransaction(String subject) {
        return Boolean.TRUE.equals(inTransaction.get(subject));
    }

    /** Makes the next held approval wait; answers the latch it counts down once it is inside its transaction. */
    public CountDownLatch holdNext(CountDownLatch releasedBy) {
        CountDownLatch inside = new CountDownLatch(1);
        entered = inside;
        release = releasedBy;
        return inside;
    }

    private void hold() {
        CountDownLatch inside = entered;
        CountDownLatch until = release;
        if (inside == null || until == null) {
            return;
        }
        inside.countDown();
        try {
            if (!until.await(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The test did not release the held approval");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String subject) {
        AtomicInteger count = counts.get(subject);
        return count == null ? 0 : count.get();
    }
}

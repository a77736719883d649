package org.masar.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background work done in batches by one node at a time. Every node runs it on its own schedule against the same
 * database; a batch is one transaction that first takes a PostgreSQL advisory lock (released at its end), so two
 * nodes never do a batch at once, and a node that finds the lock taken skips its turn rather than queue. For work that
 * must not run twice at once: linking the audit chain, folding appended figures.
 */
public final class OneNodeBatches {

    /** One batch, run in the transaction that holds the lock; returns how many items it did. */
    @FunctionalInterface
    public interface Batch {
        long run();
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final long lock;
    private final int batchSize;

    /**
     * @param lock the advisory lock of this work: any value no other work of Masar's takes
     * @param batchSize how many items a full batch does: a batch that does fewer is the last of a run
     */
    public OneNodeBatches(JdbcClient jdbc, TransactionTemplate transactions, long lock, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.lock = lock;
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Runs batches until one is not full; none when another node holds the lock. Returns how many items were done. */
    public long runIfFree(Batch batch) {
        return run(batch, false);
    }

    /**
     * The same, waiting first for a batch running elsewhere to finish: for commands, tests and benchmarks that must
     * see everything done.
     */
    public long runAll(Batch batch) {
        return run(batch, true);
    }

    private long run(Batch batch, boolean waitForTheLock) {
        long done = 0;
        while (true) {
            Long count = transactions.execute(status -> locked(waitForTheLock) ? batch.run() : -1L);
            if (count == null || count < 0) {
                return done; // another node holds the lock: it does the work
            }
            done += count;
            if (count < batchSize) {
                return done;
            }
        }
    }

    private boolean locked(boolean waitForTheLock) {
        if (waitForTheLock) {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                    .param("lock", lock)
                    .query()
                    .singleValue();
            return true;
        }
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", lock)
                .query(Boolean.class)
                .single();
    }
}

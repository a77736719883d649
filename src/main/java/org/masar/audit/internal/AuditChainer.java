package org.masar.audit.internal;

import java.util.List;
import javax.crypto.Mac;
import org.masar.audit.AuditEntry;
import org.masar.shared.OneNodeBatches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links committed entries into the keyed chain, one chainer at a time across all nodes.
 *
 * <p>Writers only append (see {@link AuditAppender}); the order of the chain is the order in which the chainer finds
 * committed entries, kept as {@code audit_link.position}. An entry whose transaction took a lower sequence but
 * committed later is simply found by a later run and linked at a later position, never skipped. Only the chainer
 * takes the cluster-wide lock, and only for one batch at a time, so no caller ever waits on it.
 */
@Component
class AuditChainer {

    /**
     * The advisory lock that makes the chainer one at a time: every node runs it against the same database. The value
     * is the ASCII of "masara" (Masar, audit); it only has to differ from every other advisory lock Masar takes.
     */
    static final long LOCK = 0x6d61736172_61L;

    private final JdbcClient jdbc;
    private final OneNodeBatches batches;
    private final AuditKey key;
    private final JsonMapper json;

    AuditChainer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditKey key,
            JsonMapper json,
            @Value("${masar.audit.chain.batch-size:5000}") int batchSize) {
        this.jdbc = jdbc;
        this.batches = new OneNodeBatches(jdbc, transactions, LOCK, batchSize);
        this.key = key;
        this.json = json;
    }

    /** Every node tries; the one that gets the lock links, the others skip this turn rather than queue up. */
    @Scheduled(
            fixedDelayString = "${masar.audit.chain.interval:PT1S}",
            initialDelayString = "${masar.audit.chain.initial-delay:PT2S}")
    void linkOnSchedule() {
        batches.runIfFree(this::linkOneBatch);
    }

    /**
     * Links every entry committed so far, waiting for a chainer running elsewhere to finish its batch first. For the
     * command-line verification, benchmarks and tests, which must see the chain complete.
     *
     * @return how many entries were linked
     */
    long linkAllCommitted() {
        return batches.runAll(this::linkOneBatch);
    }

    /** @return how many entries were linked */
    private long linkOneBatch() {
        var last = jdbc.sql("SELECT position, mac FROM audit_link ORDER BY position DESC LIMIT 1")
                .query((row, number) -> new Object[] {row.getLong("position"), row.getBytes("mac")})
                .optional();
        long position = last.map(row -> (Long) row[0]).orElse(0L);
        byte[] previousMac = last.map(row -> (byte[]) row[1]).orElse(AuditChain.FIRST);
        List<AuditEntry> entries = jdbc.sql("""
                        SELECT e.* FROM audit_unchained u JOIN audit_entry e ON e.sequence = u.sequence
                        ORDER BY u.sequence LIMIT :batch
                        """)
                .param("batch", batches.batchSize())
                .query((row, number) -> AuditRows.entry(row, json))
                .list();
        if (entries.isEmpty()) {
            return 0;
        }
        Mac mac = AuditChain.mac(key.key());
        int count = entries.size();
        long[] positions = new long[count];
        long[] sequences = new long[count];
        byte[][] macs = new byte[count][];
        for (int i = 0; i < count; i++) {
            position++;
            previousMac = AuditChain.link(mac, previousMac, position, entries.get(i));
            positions[i] = position;
            sequences[i] = entries.get(i).sequence();
            macs[i] = previousMac;
        }
        // One statement per batch rather than one per entry: the chainer keeps up with thousands a second.
        jdbc.sql("""
                        INSERT INTO audit_link (position, entry_sequence, mac)
                        SELECT * FROM unnest(CAST(:positions AS bigint[]), CAST(:sequences AS bigint[]), CAST(:macs AS bytea[]))
                        """)
                .param("positions", positions)
                .param("sequences", sequences)
                .param("macs", macs)
                .update();
        jdbc.sql("DELETE FROM audit_unchained WHERE sequence = ANY(CAST(:sequences AS bigint[]))")
                .param("sequences", sequences)
                .update();
        return count;
    }
}

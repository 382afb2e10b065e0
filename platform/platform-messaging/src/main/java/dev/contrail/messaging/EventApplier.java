package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an event exactly once: the handler's effect and the row saying "applied" commit in one
 * transaction, and an event whose row exists is skipped. Also answers whether a position has
 * been applied, for read-your-writes.
 */
public final class EventApplier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition applied = lock.newCondition();
    private final AtomicLong commits = new AtomicLong();
    private final Map<String, ConcurrentSkipListSet<Long>> recentlyApplied = new ConcurrentHashMap<>();
    private static final String CLAIMED_BEFORE =
            "select global_position from subscriber_positions where subscriber = ? and global_position = any(?)";
    private static final int RECENT_POSITIONS = 100_000;
    private static final long DATABASE_RECHECK_NANOS = 100_000_000;

    public EventApplier(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Returns false when the event had been applied before (a redelivery); the handler is not called then. */
    public boolean apply(Subscription subscription, RecordedEvent<String> event) {
        return applyAll(subscription, List.of(event)) == 1;
    }

    /**
     * Applies events in one transaction (one commit for a whole poll or page); those applied
     * before are skipped. If the handler throws, nothing of the batch is applied.
     *
     * @return how many were applied now
     */
    public int applyAll(Subscription subscription, List<RecordedEvent<String>> events) {
        return applyAll(subscription, events, true);
    }

    /**
     * As {@link #applyAll}, for the pages of a rebuild: after {@link #forget}, with the subscription's
     * consumer stopped, no event can have been claimed, so the claims are copied without looking
     * them up first (a sixth of PostgreSQL's work in a rebuild). Should another instance claim one
     * all the same, the copy fails and the rebuild with it: loudly, never with a second effect.
     */
    int replayAll(Subscription subscription, List<RecordedEvent<String>> events) {
        return applyAll(subscription, events, false);
    }

    private int applyAll(Subscription subscription, List<RecordedEvent<String>> events, boolean lookUpClaims) {
        Integer applied = transactions.execute(status -> {
            Set<Long> fresh = claim(subscription.name(), events, lookUpClaims);
            List<RecordedEvent<String>> toApply = events.stream()
                    .filter(event -> fresh.remove(event.globalPosition())) // a repeat within the batch too
                    .toList();
            if (!toApply.isEmpty()) {
                subscription.handler().handleAll(toApply);
            }
            List<Long> positions =
                    toApply.stream().map(RecordedEvent::globalPosition).toList();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    positions.forEach(position -> remember(subscription.name(), position));
                    signal();
                }
            });
            return positions.size();
        });
        return applied == null ? 0 : applied;
    }

    /**
     * Records the events as applied and returns the positions not recorded before: one indexed
     * look-up for the batch's positions (unless a rebuild knows there are none), then the new ones
     * copied in bulk. An instance applying the
     * same events at the same moment (only while Kafka moves partitions between instances) makes
     * the copy fail on the primary key; the batch is retried and then finds them applied.
     */
    private Set<Long> claim(String subscriber, List<RecordedEvent<String>> events, boolean lookUp) {
        Set<Long> before = lookUp ? claimedBefore(subscriber, events) : Set.of();
        Set<Long> fresh = new HashSet<>();
        var rows = new CopyRows();
        for (RecordedEvent<String> event : events) {
            if (!before.contains(event.globalPosition()) && fresh.add(event.globalPosition())) {
                rows.value(subscriber)
                        .value(event.globalPosition())
                        .value(event.id())
                        .endRow();
            }
        }
        rows.copyInto(jdbc, "subscriber_positions (subscriber, global_position, event_id)");
        return fresh;
    }

    private Set<Long> claimedBefore(String subscriber, List<RecordedEvent<String>> events) {
        Long[] positions = events.stream().map(RecordedEvent::globalPosition).toArray(Long[]::new);
        return new HashSet<>(jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(CLAIMED_BEFORE);
                    statement.setString(1, subscriber);
                    statement.setArray(2, connection.createArrayOf("bigint", positions));
                    return statement;
                },
                (row, n) -> row.getLong(1)));
    }

    public boolean isApplied(String subscriber, long globalPosition) {
        var recent = recentlyApplied.get(subscriber);
        if (recent != null && recent.contains(globalPosition)) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from subscriber_positions where subscriber = ? and global_position = ?)",
                Boolean.class,
                subscriber,
                globalPosition));
    }

    /**
     * Waits until the subscriber has applied the event at this position, at most {@code timeoutMillis}.
     * Wakes on every local commit and re-checks the database at least every 50 ms (another
     * instance may be the one applying it).
     */
    public boolean awaitApplied(String subscriber, long globalPosition, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long nextDatabaseCheck = System.nanoTime();
        while (true) {
            long commitsBefore = commits.get();
            if (appliedHere(subscriber, globalPosition)) {
                return true;
            }
            long now = System.nanoTime();
            if (now >= nextDatabaseCheck) {
                // Another instance may have applied it; ask the database now and then, not on every wake.
                if (isApplied(subscriber, globalPosition)) {
                    return true;
                }
                nextDatabaseCheck = now + DATABASE_RECHECK_NANOS;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.lock();
            try {
                if (commits.get() == commitsBefore) {
                    applied.awaitNanos(Math.min(left, DATABASE_RECHECK_NANOS));
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean appliedHere(String subscriber, long globalPosition) {
        var recent = recentlyApplied.get(subscriber);
        return recent != null && recent.contains(globalPosition);
    }

    /** Keeps the newest positions applied by this instance, so waiting readers rarely need the database. */
    private void remember(String subscriber, long globalPosition) {
        var recent = recentlyApplied.computeIfAbsent(subscriber, s -> new ConcurrentSkipListSet<>());
        recent.add(globalPosition);
        if (globalPosition % 1_024 == 0) {
            // Trim now and then: size() walks the set. Far below the newest means long applied.
            recent.headSet(globalPosition - RECENT_POSITIONS).clear();
        }
    }

    /**
     * Forgets what the subscriber applied, before a rebuild: its partition (made when it subscribed,
     * {@link #ensurePartition}) is truncated. A delete of millions of rows took seconds and left dead
     * index entries for the rebuild's claims to step over.
     */
    void forget(String subscriber) {
        recentlyApplied.remove(subscriber);
        jdbc.execute("truncate " + partitionOf(subscriber));
    }

    /**
     * Gives the subscriber its own partition of the applied positions, moving the rows it had in
     * the default one; does nothing when it has one. Instances starting at once take turns (a
     * transaction-scoped advisory lock), so the second finds the partition there.
     */
    void ensurePartition(String subscriber) {
        if (hasPartition(subscriber)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("select pg_advisory_xact_lock(hashtext('subscriber_positions partitions'))");
            if (hasPartition(subscriber)) {
                return;
            }
            jdbc.execute("create temporary table moved_positions (like subscriber_positions) on commit drop");
            jdbc.update(
                    "with moved as (delete from subscriber_positions_default where subscriber = ? returning *)"
                            + " insert into moved_positions select * from moved",
                    subscriber);
            // The name is a literal here (DDL takes no parameters); Subscription allows only [a-z0-9-].
            jdbc.execute("create table " + partitionOf(subscriber)
                    + " partition of subscriber_positions for values in ('" + subscriber + "')");
            jdbc.update("insert into subscriber_positions select * from moved_positions");
        });
    }

    private boolean hasPartition(String subscriber) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, partitionOf(subscriber)));
    }

    private static String partitionOf(String subscriber) {
        return "subscriber_positions_of_" + subscriber.replace('-', '_');
    }

    private void signal() {
        commits.incrementAndGet();
        lock.lock();
        try {
            applied.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

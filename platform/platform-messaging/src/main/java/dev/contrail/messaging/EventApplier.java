package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
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

    public EventApplier(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Returns false when the event had been applied before (a redelivery); the handler is not called then. */
    public boolean apply(Subscription subscription, RecordedEvent<String> event) {
        Boolean first = transactions.execute(status -> {
            int inserted = jdbc.update(
                    "insert into subscriber_positions (subscriber, global_position, event_id) values (?, ?, ?) on conflict do nothing",
                    subscription.name(),
                    event.globalPosition(),
                    event.id());
            if (inserted == 0) {
                return false;
            }
            subscription.handler().handle(event);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal();
                }
            });
            return true;
        });
        return Boolean.TRUE.equals(first);
    }

    public boolean isApplied(String subscriber, long globalPosition) {
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
        while (true) {
            long commitsBefore = commits.get();
            if (isApplied(subscriber, globalPosition)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            lock.lock();
            try {
                if (commits.get() == commitsBefore) {
                    applied.awaitNanos(Math.min(left, 50_000_000));
                }
            } finally {
                lock.unlock();
            }
        }
    }

    void forget(String subscriber) {
        jdbc.update("delete from subscriber_positions where subscriber = ?", subscriber);
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

package dev.contrail.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes relays after appends commit, cheaply. PostgreSQL gives a notifying transaction an id and
 * serialises notifying commits behind one cluster-wide lock, through the WAL flush: a NOTIFY per
 * append, inside or after it, would limit the whole system to one append per disk flush. So
 * appends only raise a flag; one thread per store sends a NOTIFY for everything committed since
 * its last one, on its own session with {@code synchronous_commit} off (a lost notification
 * costs a fallback poll, never an event). When the leading relay runs in this process it is woken
 * directly and nothing goes over PostgreSQL (the NOTIFY loop took a tenth of a core on each side at
 * 2,000 appends/s): a log has one relay, so no other process waits for the notification. A relay
 * of another name leading elsewhere would fall back to its poll.
 */
final class AppendNotifier implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppendNotifier.class);

    private final DataSource dataSource;
    private final String channel;
    private final Semaphore pending = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean closed;
    private final Set<Runnable> localListeners = new CopyOnWriteArraySet<>();

    AppendNotifier(DataSource dataSource, String channel) {
        this.dataSource = dataSource;
        this.channel = channel;
    }

    void addLocalListener(Runnable listener) {
        localListeners.add(listener);
    }

    void removeLocalListener(Runnable listener) {
        localListeners.remove(listener);
    }

    /** Called after an append committed; never blocks. */
    void appended() {
        if (!localListeners.isEmpty()) {
            localListeners.forEach(Runnable::run);
            return;
        }
        if (pending.availablePermits() == 0) {
            pending.release();
        }
        if (worker == null) {
            start();
        }
    }

    private synchronized void start() {
        if (worker == null && !closed) {
            worker = Thread.ofPlatform().name("append-notifier").daemon().start(this::run);
        }
    }

    private void run() {
        while (!closed) {
            try (Connection session = dataSource.getConnection()) {
                session.setAutoCommit(true);
                try (var statement = session.createStatement()) {
                    statement.execute("set synchronous_commit to off");
                }
                try (var notify = session.prepareStatement("select pg_notify(?, '')")) {
                    notify.setString(1, channel);
                    while (!closed) {
                        pending.acquire();
                        pending.drainPermits();
                        notify.execute();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException | RuntimeException e) {
                log.debug("append notification failed; relays fall back to polling: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }
}

package dev.contrail.eventstore.relay;

import dev.contrail.eventstore.PostgresEventStore;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the leading relay when another process appended: LISTENs on the store's channel on a
 * session of its own (the leader's session is busy with checkpoints) while the relay leads. A
 * failed session is opened again after a second; meanwhile the relay's fallback poll covers.
 */
final class RemoteAppends implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteAppends.class);
    private static final int WAIT_MILLIS = 250;

    private final DataSource dataSource;
    private final Runnable appended;
    private volatile boolean stopped;
    private Thread listener;

    RemoteAppends(DataSource dataSource, Runnable appended) {
        this.dataSource = dataSource;
        this.appended = appended;
    }

    void start(String relay) {
        listener = Thread.ofPlatform()
                .name("event-relay-" + relay + "-listen")
                .daemon()
                .start(this::listen);
    }

    private void listen() {
        while (!stopped) {
            try (Connection session = dataSource.getConnection()) {
                session.setAutoCommit(true);
                try (var statement = session.createStatement()) {
                    statement.execute("listen " + PostgresEventStore.NOTIFY_CHANNEL);
                }
                try {
                    var notifications = session.unwrap(PGConnection.class);
                    while (!stopped) {
                        var received = notifications.getNotifications(WAIT_MILLIS);
                        if (received != null && received.length > 0) {
                            appended.run();
                        }
                    }
                } finally {
                    try (var statement = session.createStatement()) {
                        statement.execute("unlisten *"); // the session goes back to a pool
                    }
                }
            } catch (SQLException | RuntimeException e) {
                log.debug("listening for other processes' appends failed; the relay polls meanwhile: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Stops listening; returns within about a quarter of a second. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
            listener.join();
        }
    }
}

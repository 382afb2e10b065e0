package dev.contrail.eventstore.relay;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.eventstore.LogPage;
import dev.contrail.eventstore.LogPosition;
import dev.contrail.eventstore.PostgresEventStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes the event log to Kafka, exactly in commit-safe order and without gaps: it reads after
 * its checkpoint below the transaction-id horizon, waits for Kafka to acknowledge, then moves the
 * checkpoint. A crash between the two republishes a batch; consumers dedupe by position.
 *
 * <p>One relay is active per name: the instance holding the PostgreSQL advisory lock. Others wait
 * as standbys and take over when the leader's session ends. Appends in the leader's process wake
 * it directly, other processes' appends by a NOTIFY; a slow poll covers lost notifications.
 */
public final class EventRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);
    private static final long CHECKPOINT_INTERVAL_NANOS = 100_000_000;
    private static final String SAVE_CHECKPOINT =
            "insert into relay_checkpoints (relay, transaction_id, global_position) values (?, ?::text::xid8, ?)"
                    + " on conflict (relay) do update set transaction_id = excluded.transaction_id,"
                    + " global_position = excluded.global_position, updated_at = now()";

    private final DataSource dataSource;
    private final PostgresEventStore store;
    private final Producer<String, byte[]> producer;
    private final RelaySettings settings;
    private final JdbcTemplate jdbc;
    private final Counter published;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean leader = new AtomicBoolean();
    private volatile Thread worker;

    public EventRelay(
            DataSource dataSource,
            PostgresEventStore store,
            Producer<String, byte[]> producer,
            RelaySettings settings,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.store = store;
        this.producer = producer;
        this.settings = settings;
        this.jdbc = new JdbcTemplate(dataSource);
        this.published = Counter.builder("contrail.relay.published")
                .tag("relay", settings.name())
                .description("events published to Kafka (republished ones included)")
                .register(meters);
        meters.gauge(
                "contrail.relay.leader",
                List.of(io.micrometer.core.instrument.Tag.of("relay", settings.name())),
                leader,
                l -> l.get() ? 1 : 0);
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            worker = Thread.ofPlatform()
                    .name("event-relay-" + settings.name())
                    .daemon()
                    .start(this::run);
        }
    }

    /** Whether this instance holds the relay lock and is publishing. */
    public boolean isLeader() {
        return leader.get();
    }

    /** The position up to which everything has been acknowledged by Kafka. */
    public LogPosition checkpoint() {
        return jdbc
                .query(
                        "select transaction_id::text, global_position from relay_checkpoints where relay = ?",
                        (rs, row) -> new LogPosition(Long.parseLong(rs.getString(1)), rs.getLong(2)),
                        settings.name())
                .stream()
                .findFirst()
                .orElse(LogPosition.START);
    }

    @Override
    public void close() {
        running.set(false);
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running.get()) {
            try (Connection session = dataSource.getConnection()) {
                session.setAutoCommit(true);
                if (tryLead(session)) {
                    try {
                        lead(session);
                    } finally {
                        resign(session);
                    }
                } else {
                    Thread.sleep(settings.standbyPoll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running.get()) {
                    log.warn("relay {} failed; restarting from its checkpoint: {}", settings.name(), e.toString());
                    sleepQuietly();
                }
            } finally {
                leader.set(false);
            }
        }
    }

    private boolean tryLead(Connection session) throws SQLException {
        try (var statement = session.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, settings.lockKey());
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Gives the lock up before the session goes back to the pool: a pooled connection stays open,
     * and a lock left on it would keep every relay (this one too) a standby.
     */
    private void resign(Connection session) {
        try (var statement = session.createStatement()) {
            statement.execute("reset synchronous_commit");
            statement.execute("select pg_advisory_unlock_all()");
        } catch (SQLException broken) {
            try {
                session.abort(Runnable::run); // a dead session holds no lock; make sure the pool drops it
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    private void lead(Connection session) throws Exception {
        try (var statement = session.createStatement()) {
            // A checkpoint lost in a crash only republishes a batch (consumers dedupe): the relay's
            // latency stays off the disk's.
            statement.execute("set synchronous_commit to off");
        }
        leader.set(true);
        log.info("relay {} is the leader", settings.name());
        var wake = new Semaphore(0);
        Runnable appended = () -> {
            if (wake.availablePermits() == 0) {
                wake.release();
            }
        };
        store.addAppendListener(appended);
        try (var remote = new RemoteAppends(dataSource, appended);
                var checkpoint = session.prepareStatement(SAVE_CHECKPOINT)) {
            remote.start(settings.name());
            LogPosition position = checkpoint();
            LogPosition saved = position;
            long savedAt = System.nanoTime();
            long roundStartedAt = 0;
            long roundInterval = 0;
            double rate = 0; // events per second, smoothed
            boolean full = false;
            while (running.get()) {
                long sinceLastRound = System.nanoTime() - roundStartedAt;
                if (!full && sinceLastRound < roundInterval) { // a backlog is read at full speed
                    TimeUnit.NANOSECONDS.sleep(roundInterval - sinceLastRound);
                }
                long startedAt = System.nanoTime();
                long sinceRoundBefore = startedAt - roundStartedAt;
                roundStartedAt = startedAt;
                wake.drainPermits(); // an append that commits from here on wakes the next round
                LogPage page = store.readAll(position, settings.batchSize());
                rate = RoundPacing.rate(rate, page.entries().size(), sinceRoundBefore);
                roundInterval = settings.pacing().intervalNanos(rate);
                if (!page.isEmpty()) {
                    publish(page.events());
                    position = page.next();
                }
                full = page.entries().size() == settings.batchSize();
                boolean heldBack = !full && store.hasEventsBeyondHorizon(position);
                // Under load the checkpoint moves a few times a second, not once per round trip.
                if (!position.equals(saved) && System.nanoTime() - savedAt >= CHECKPOINT_INTERVAL_NANOS) {
                    save(checkpoint, position);
                    saved = position;
                    savedAt = System.nanoTime();
                }
                if (full) {
                    continue;
                }
                if (heldBack) {
                    Thread.sleep(settings.heldBackRecheck());
                    continue;
                }
                // Idle: the checkpoint is written before the relay goes quiet, unless an append
                // comes first (at 2,000 appends/s most rounds ended idle and wrote one each).
                if (!position.equals(saved)) {
                    long left = CHECKPOINT_INTERVAL_NANOS - (System.nanoTime() - savedAt);
                    if (wake.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                        continue;
                    }
                    save(checkpoint, position);
                    saved = position;
                    savedAt = System.nanoTime();
                }
                wake.tryAcquire(settings.fallbackPoll().toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            store.removeAppendListener(appended);
        }
    }

    private void publish(List<RecordedEvent<String>> events) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (RecordedEvent<String> event : events) {
            acks.add(producer.send(CloudEventRecords.toRecord(event)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        published.increment(events.size());
    }

    private void save(PreparedStatement checkpoint, LogPosition position) throws SQLException {
        checkpoint.setString(1, settings.name());
        checkpoint.setString(2, Long.toString(position.transactionId()));
        checkpoint.setLong(3, position.globalPosition());
        checkpoint.executeUpdate();
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.standbyPoll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }
}

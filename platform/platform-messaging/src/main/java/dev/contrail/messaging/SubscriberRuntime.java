package dev.contrail.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the subscriptions of a service: a Kafka consumer each, exactly-once effects through
 * {@link EventApplier}, and rebuilds from the event log.
 *
 * <p>A rebuild stops the subscription's consumer, forgets the read model and the applied
 * positions, replays the context's events from the log (position 0, through {@link LogReader}),
 * and starts the consumer again. The consumer resumes at its committed offset: events relayed
 * meanwhile arrive from Kafka, and those the replay already applied are skipped by position.
 * Nothing is lost and nothing is applied twice.
 */
public final class SubscriberRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SubscriberRuntime.class);
    private static final int FIRST_PAGE = 2_000;

    private final EventApplier applier;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LogReader logReader;
    private final String bootstrapServers;
    private final SubscriberSettings settings;
    private final Clock clock;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, KafkaSubscriber> consumers = new ConcurrentHashMap<>();
    private final Map<String, RebuildProgress> rebuilds = new ConcurrentHashMap<>();

    public SubscriberRuntime(
            EventApplier applier,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            LogReader logReader,
            String bootstrapServers,
            SubscriberSettings settings,
            Clock clock) {
        this.applier = applier;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.logReader = logReader;
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
        this.clock = clock;
    }

    public EventApplier applier() {
        return applier;
    }

    /** Starts consuming the subscription's topic. */
    public void subscribe(Subscription subscription) {
        if (subscriptions.putIfAbsent(subscription.name(), subscription) != null) {
            throw new IllegalArgumentException("subscription exists: " + subscription.name());
        }
        applier.ensurePartition(subscription.name());
        var consumer = new KafkaSubscriber(subscription, applier, bootstrapServers, settings);
        consumers.put(subscription.name(), consumer);
        consumer.start();
    }

    public boolean isConsuming(String name) {
        KafkaSubscriber consumer = consumers.get(name);
        return consumer != null && consumer.isRunning() && consumer.isAssigned();
    }

    /** Rebuilds the subscription's read model from position 0 of the log, in the calling thread. */
    public RebuildProgress rebuild(String name, int pageSize) {
        Subscription subscription = subscription(name);
        KafkaSubscriber consumer = consumers.get(name);
        Instant started = clock.instant();
        consumer.stop();
        try {
            transactions.executeWithoutResult(status -> {
                subscription.handler().reset();
                applier.forget(name);
            });
            String position = LogReader.START;
            long applied = 0;
            progress(new RebuildProgress(name, RebuildProgress.Status.RUNNING, 0, position, started, null));
            // The next page is read while this one is applied: reading (command-service, the log)
            // and applying (this database) use different machines' worth of work. Pages start small
            // and double, so applying starts while the first big page would still be read.
            String context = subscription.context();
            int size = Math.min(pageSize, FIRST_PAGE);
            CompletableFuture<LogReader.Slice> next = readAhead(context, position, size);
            for (LogReader.Slice slice = next.join(); !slice.events().isEmpty(); slice = next.join()) {
                size = Math.min(pageSize, size * 2);
                next = readAhead(context, slice.next(), size);
                applied += applier.replayAll(subscription, slice.events());
                position = slice.next();
                progress(new RebuildProgress(name, RebuildProgress.Status.RUNNING, applied, position, started, null));
            }
            log.info("rebuilt {} from the log: {} events up to {}", name, applied, position);
            return progress(new RebuildProgress(name, RebuildProgress.Status.DONE, applied, position, started, null));
        } catch (RuntimeException e) {
            RebuildProgress last = rebuilds.get(name);
            progress(new RebuildProgress(
                    name, RebuildProgress.Status.FAILED, last.applied(), last.logPosition(), started, e.toString()));
            throw e;
        } finally {
            consumer.start();
        }
    }

    private CompletableFuture<LogReader.Slice> readAhead(String context, String after, int pageSize) {
        return CompletableFuture.supplyAsync(
                () -> logReader.read(context, after, pageSize),
                runnable -> Thread.ofVirtual().start(runnable));
    }

    /** Starts a rebuild in the background; watch it with {@link #progress(String)}. */
    public RebuildProgress startRebuild(String name, int pageSize) {
        subscription(name);
        RebuildProgress current = rebuilds.get(name);
        if (current != null && current.status() == RebuildProgress.Status.RUNNING) {
            return current;
        }
        var queued = progress(
                new RebuildProgress(name, RebuildProgress.Status.RUNNING, 0, LogReader.START, clock.instant(), null));
        Thread.ofVirtual().name("rebuild-" + name).start(() -> {
            try {
                rebuild(name, pageSize);
            } catch (RuntimeException e) {
                log.error("rebuild of {} failed", name, e);
            }
        });
        return queued;
    }

    public RebuildProgress progress(String name) {
        subscription(name);
        return rebuilds.get(name);
    }

    private RebuildProgress progress(RebuildProgress progress) {
        rebuilds.put(progress.subscriber(), progress);
        jdbc.update(
                "insert into subscriber_rebuilds (subscriber, log_position, applied, status, started_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (subscriber) do update set log_position = excluded.log_position, applied = excluded.applied,"
                        + " status = excluded.status, started_at = excluded.started_at, updated_at = now()",
                progress.subscriber(),
                progress.logPosition(),
                progress.applied(),
                progress.status().name(),
                java.sql.Timestamp.from(progress.startedAt()));
        return progress;
    }

    private Subscription subscription(String name) {
        Subscription subscription = subscriptions.get(name);
        if (subscription == null) {
            throw new UnknownSubscriptionException(name);
        }
        return subscription;
    }

    @Override
    public void close() {
        consumers.values().forEach(KafkaSubscriber::stop);
    }
}

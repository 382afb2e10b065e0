package dev.contrail.eventstore.aggregate;

import dev.contrail.core.decider.Decider;
import dev.contrail.core.decider.Decision;
import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.id.UuidV7;
import dev.contrail.core.json.EventJson;
import dev.contrail.eventstore.AppendResult;
import dev.contrail.eventstore.AppendResult.AppendedStream;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.Snapshot;
import dev.contrail.eventstore.StreamAppend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command against its aggregate: load (cache, else snapshot + tail), decide, append with
 * the expected version, and on a lost race load again and retry. The only place where deciders
 * meet the store; controllers stay thin.
 */
public final class CommandRunner {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);
    private static final int MAX_ATTEMPTS = 5;

    private final PostgresEventStore store;
    private final EventTypeRegistry registry;
    private final StateCache cache;
    private final Clock clock;
    private final RandomGenerator random;
    private final String source;
    private final Counter snapshotFailures;
    private final Counter snapshotsIgnored;

    public CommandRunner(
            PostgresEventStore store,
            StateCache cache,
            Clock clock,
            RandomGenerator random,
            String source,
            MeterRegistry meters) {
        this.store = store;
        this.registry = store.registry();
        this.cache = cache;
        this.clock = clock;
        this.random = random;
        this.source = source;
        this.snapshotFailures = meters.counter("contrail.snapshots.failed");
        this.snapshotsIgnored = meters.counter("contrail.snapshots.ignored");
    }

    private record Loaded<S>(S state, long version) {}

    public <C, S, E> CommandOutcome handle(
            AggregateType<C, S, E> type, String aggregateId, C command, CommandContext context) {
        String streamId = type.streamId(aggregateId);
        if (context.idempotencyKey() != null) {
            var earlier = store.earlierResult(context.idempotencyKey());
            if (earlier.isPresent()) {
                return outcomeOf(earlier.get(), streamId);
            }
        }
        Decider<C, S, E> decider = type.deciderOf().apply(aggregateId);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Loaded<S> loaded = load(type, decider, streamId, attempt > 1);
            if (context.expectedVersion() != null && context.expectedVersion() != loaded.version()) {
                Loaded<S> fresh = attempt == 1 ? load(type, decider, streamId, true) : loaded;
                if (context.expectedVersion() != fresh.version()) {
                    return new CommandOutcome.PreconditionFailed(context.expectedVersion(), fresh.version());
                }
                loaded = fresh;
            }
            Decision<E> decision = decider.decide(command, loaded.state());
            if (decision instanceof Decision.Rejected<E> rejected) {
                return new CommandOutcome.Rejected(rejected.code(), rejected.detail(), loaded.version());
            }
            List<E> events = ((Decision.Accepted<E>) decision).events();
            if (events.isEmpty()) {
                return new CommandOutcome.Accepted(streamId, loaded.version(), 0, List.of(), false);
            }
            List<EventEnvelope<?>> envelopes = envelopes(aggregateId, events, context);
            AppendResult result =
                    store.append(new StreamAppend(streamId, loaded.version(), envelopes), context.idempotencyKey());
            if (result instanceof AppendResult.Appended appended) {
                AppendedStream stream = appended.only();
                S state = loaded.state();
                for (E event : events) {
                    state = decider.evolve(state, event);
                }
                cache.put(streamId, state, stream.toVersion());
                snapshotIfDue(type, streamId, state, loaded.version(), stream.toVersion());
                return new CommandOutcome.Accepted(
                        streamId, stream.toVersion(), stream.lastPosition(), recorded(envelopes, stream), false);
            }
            if (!(result instanceof AppendResult.VersionConflict conflict)) {
                return outcomeOf(result, streamId);
            }
            cache.evict(streamId);
            if (context.expectedVersion() != null) {
                return new CommandOutcome.PreconditionFailed(context.expectedVersion(), conflict.actualVersion());
            }
        }
        return new CommandOutcome.Contended(streamId, MAX_ATTEMPTS);
    }

    private <C, S, E> Loaded<S> load(
            AggregateType<C, S, E> type, Decider<C, S, E> decider, String streamId, boolean bypassCache) {
        if (!bypassCache) {
            StateCache.Hot hot = cache.get(streamId);
            if (hot != null) {
                return new Loaded<>(type.stateClass().cast(hot.state()), hot.version());
            }
        }
        S state = decider.initialState();
        long version = 0;
        Optional<Snapshot> snapshot = snapshotOf(streamId);
        if (snapshot.isPresent()) {
            Snapshot s = snapshot.get();
            if (s.stateType().equals(type.name()) && s.stateSchemaVersion() == type.stateSchemaVersion()) {
                state = EventJson.mapper().readValue(s.stateJson(), type.stateClass());
                version = s.streamVersion();
            } else {
                snapshotsIgnored.increment();
            }
        }
        for (RecordedEvent<String> event : store.readStream(streamId, version)) {
            @SuppressWarnings("unchecked")
            E data = (E) registry.decode(event.type(), event.data());
            state = decider.evolve(state, data);
            version = event.streamVersion();
        }
        cache.put(streamId, state, version);
        return new Loaded<>(state, version);
    }

    /** Snapshots are a cache: one that cannot be read means a longer load, never a failed command. */
    private Optional<Snapshot> snapshotOf(String streamId) {
        try {
            return store.loadSnapshot(streamId);
        } catch (RuntimeException e) {
            snapshotFailures.increment();
            log.warn("snapshot of {} not read, loading all events: {}", streamId, e.toString());
            return Optional.empty();
        }
    }

    private <E> List<EventEnvelope<?>> envelopes(String aggregateId, List<E> events, CommandContext context) {
        Instant now = clock.instant();
        var metadata = new EventMetadata(context.correlationId(), context.causationId(), context.actor());
        List<EventEnvelope<?>> envelopes = new ArrayList<>(events.size());
        for (E event : events) {
            envelopes.add(new EventEnvelope<>(
                    UuidV7.of(now.toEpochMilli(), random),
                    source,
                    registry.typeOf(event).name(),
                    aggregateId,
                    now,
                    event,
                    metadata));
        }
        return envelopes;
    }

    private static List<RecordedEvent<Object>> recorded(List<EventEnvelope<?>> envelopes, AppendedStream stream) {
        List<RecordedEvent<Object>> recorded = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            EventEnvelope<?> e = envelopes.get(i);
            recorded.add(new RecordedEvent<>(
                    e.withData((Object) e.data()),
                    stream.streamId(),
                    stream.fromVersion() + i,
                    stream.positions().get(i)));
        }
        return recorded;
    }

    private CommandOutcome outcomeOf(AppendResult result, String streamId) {
        return switch (result) {
            case AppendResult.Repeated repeated -> {
                AppendedStream stream = repeated.original().only();
                List<RecordedEvent<Object>> events =
                        store.readStream(stream.streamId(), stream.fromVersion(), stream.toVersion()).stream()
                                .map(e -> e.mapData(json -> registry.decode(e.type(), json)))
                                .toList();
                yield new CommandOutcome.Accepted(
                        stream.streamId(), stream.toVersion(), stream.lastPosition(), events, true);
            }
            case AppendResult.KeyReused reused -> new CommandOutcome.KeyReused(reused.key());
            case AppendResult.VersionConflict conflict -> new CommandOutcome.Contended(streamId, 1);
            case AppendResult.Appended appended ->
                throw new IllegalStateException("not an earlier result: " + appended);
        };
    }

    /** Snapshots are a cache: a failure to write one is counted and logged, never fails the command. */
    private <S> void snapshotIfDue(
            AggregateType<?, S, ?> type, String streamId, S state, long fromVersion, long toVersion) {
        int every = type.snapshotEvery();
        if (every <= 0 || fromVersion / every == toVersion / every) {
            return;
        }
        try {
            store.saveSnapshot(new Snapshot(
                    streamId,
                    type.name(),
                    type.stateSchemaVersion(),
                    toVersion,
                    EventJson.mapper().writeValueAsString(state)));
        } catch (RuntimeException e) {
            snapshotFailures.increment();
            log.warn("snapshot of {} at version {} not written: {}", streamId, toVersion, e.toString());
        }
    }
}

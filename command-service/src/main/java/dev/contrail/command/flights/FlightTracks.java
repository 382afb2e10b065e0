package dev.contrail.command.flights;

import dev.contrail.core.decider.Decision;
import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventTypeRegistry.CheckedJson;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.StreamAppend;
import dev.contrail.eventstore.aggregate.StateCache;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.track.FlightTrack;
import dev.contrail.flights.track.FlightTrackCommand;
import dev.contrail.flights.track.FlightTrackEvent;
import dev.contrail.flights.track.FlightTrackState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs injected observations and cleanup ticks through each aircraft's {@link FlightTrack}: a
 * batch is grouped by aircraft, each aircraft's state comes from memory or from its open
 * partition (one flight, however long its history), and what the decider makes of the batch is
 * one set of stream appends — one transaction for the whole batch. A lost race is the caller's to
 * retry: {@link #forget} the stream and decide again.
 */
public final class FlightTracks {

    /** The stream the cleanup ticks are recorded in. */
    public static final String CLEANUP_STREAM = "flights-cleanup";

    private static final String AIRCRAFT_PREFIX = "aircraft-";

    private final PostgresEventStore store;
    private final FlightTrack decider;
    private final FlightTrackLog log;
    private final StateCache hot;

    public FlightTracks(PostgresEventStore store, FlightTrack decider, String source, int hotAircraft) {
        this.store = store;
        this.decider = decider;
        this.log = new FlightTrackLog(store.registry(), source);
        this.hot = new StateCache(hotAircraft);
    }

    /** What a batch decided: the appends, and each aircraft's state once they are recorded. */
    public record Decided(List<StreamAppend> appends, Map<String, StateCache.Hot> after) {}

    /** One aircraft while a batch is decided: its state, version and what the batch adds. */
    private static final class Working {
        FlightTrackState state;
        final long version;
        final List<EventEnvelope<?>> added = new ArrayList<>();

        Working(StateCache.Hot track) {
            this.state = (FlightTrackState) track.state();
            this.version = track.version();
        }
    }

    /** Decides a batch of new (not duplicate) injected events, in batch order; ticks after observations. */
    public Decided decide(List<EventEnvelope<CheckedJson>> events) {
        Map<String, Working> aircraft = new LinkedHashMap<>();
        List<EventEnvelope<CheckedJson>> ticks = new ArrayList<>();
        for (EventEnvelope<CheckedJson> event : events) {
            if (FlightsEvents.CLEANUP_INTERVAL_ELAPSED.equals(event.type())) {
                ticks.add(event);
                continue;
            }
            Working working = aircraft.computeIfAbsent(event.subject(), icao -> new Working(load(icao)));
            var command = new FlightTrackCommand.RecordObservation(event.time(), log.observation(event));
            apply(event.subject(), working, command, event);
        }
        for (EventEnvelope<CheckedJson> tick : ticks) {
            Set<String> candidates = new LinkedHashSet<>(aircraft.keySet());
            store.idleOpenStreams(AIRCRAFT_PREFIX, tick.time().minus(decider.gap())).stream()
                    .map(stream -> stream.substring(AIRCRAFT_PREFIX.length()))
                    .forEach(candidates::add);
            for (String icao : candidates) {
                Working working = aircraft.computeIfAbsent(icao, i -> new Working(load(i)));
                apply(icao, working, new FlightTrackCommand.CloseIfSilent(tick.time()), tick);
            }
        }
        List<StreamAppend> appends = new ArrayList<>();
        Map<String, StateCache.Hot> after = new LinkedHashMap<>();
        aircraft.forEach((icao, working) -> {
            if (!working.added.isEmpty()) {
                String stream = FlightTrackLog.streamOf(icao);
                appends.add(new StreamAppend(stream, working.version, working.added));
                after.put(stream, new StateCache.Hot(working.state, working.version + working.added.size()));
            }
        });
        if (!ticks.isEmpty()) {
            appends.add(new StreamAppend(CLEANUP_STREAM, store.currentVersion(CLEANUP_STREAM), List.copyOf(ticks)));
        }
        return new Decided(appends, after);
    }

    private void apply(String icao, Working working, FlightTrackCommand command, EventEnvelope<CheckedJson> cause) {
        if (!(decider.decide(command, working.state) instanceof Decision.Accepted<FlightTrackEvent> accepted)) {
            // Subjects are validated against the data's ICAO address on injection: this is a bug.
            throw new IllegalStateException("flight track of " + icao + " refused " + command);
        }
        for (FlightTrackEvent event : accepted.events()) {
            working.state = decider.evolve(working.state, event);
            working.added.add(log.toEnvelope(event, icao, cause));
        }
    }

    /** The aircraft's state: hot in memory, or folded from its open partition. */
    private StateCache.Hot load(String icao) {
        String stream = FlightTrackLog.streamOf(icao);
        StateCache.Hot track = hot.get(stream);
        if (track != null) {
            return track;
        }
        List<RecordedEvent<String>> partition = store.readOpenPartition(stream);
        FlightTrackState state =
                decider.fold(partition.stream().map(log::toDomain).toList());
        return new StateCache.Hot(
                state, partition.isEmpty() ? 0 : partition.getLast().streamVersion());
    }

    /** Keeps the states of a recorded batch hot. */
    public void remember(Decided decided) {
        decided.after().forEach((stream, track) -> hot.put(stream, track.state(), track.version()));
    }

    /** Drops a stream whose remembered version turned out stale (another writer appended). */
    public void forget(String streamId) {
        hot.evict(streamId);
    }

    /** Forgets every hot state: the next batch loads each aircraft from the log. */
    public void forgetAll() {
        hot.clear();
    }
}

package dev.contrail.command.injection;

import dev.contrail.command.flights.FlightTracks;
import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventTypeRegistry.CheckedJson;
import dev.contrail.eventstore.AppendResult;
import dev.contrail.eventstore.PostgresEventStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records an injected batch: the events the log does not hold yet go through the aircraft's
 * flight tracks, and everything decided is appended in one transaction. An event id the log
 * already holds is a duplicate, not an error, so a re-sent batch changes nothing. A race with a
 * concurrent batch (same aircraft, or the same event ids) is decided again from fresh state.
 */
@Component
class Injector {

    /** What an injection did. */
    record Result(int accepted, int duplicates, long lastPosition) {}

    private static final int ATTEMPTS = 5;

    private final PostgresEventStore store;
    private final FlightTracks tracks;

    Injector(PostgresEventStore store, FlightTracks tracks) {
        this.store = store;
        this.tracks = tracks;
    }

    Result inject(List<EventEnvelope<CheckedJson>> events) {
        for (int attempt = 1; ; attempt++) {
            // Injectors re-send a batch only when a response was lost, so the first attempt assumes
            // the log holds none of these ids: the unique event id refuses the append if it does, and
            // the next attempt asks the log which ones it holds.
            List<EventEnvelope<CheckedJson>> fresh = withoutDuplicates(events, attempt > 1);
            int duplicates = events.size() - fresh.size();
            if (fresh.isEmpty()) {
                return new Result(0, duplicates, 0);
            }
            FlightTracks.Decided decided = tracks.decide(fresh);
            try {
                switch (store.appendAll(decided.appends(), null)) {
                    case AppendResult.Appended appended -> {
                        tracks.remember(decided);
                        return new Result(fresh.size(), duplicates, appended.lastPosition());
                    }
                    case AppendResult.VersionConflict conflict -> tracks.forget(conflict.streamId());
                    default -> throw new IllegalStateException("an append without idempotency key cannot repeat");
                }
            } catch (DuplicateKeyException concurrentSameEvents) {
                // the batch was sent before, or a concurrent one with some of these events committed first: look again
                decided.appends().forEach(append -> tracks.forget(append.streamId()));
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("injection kept losing races with concurrent batches");
            }
        }
    }

    /** The events not repeated earlier in the batch and, when the log is asked, not in the log already. */
    private List<EventEnvelope<CheckedJson>> withoutDuplicates(
            List<EventEnvelope<CheckedJson>> events, boolean askTheLog) {
        Set<UUID> existing = askTheLog
                ? store.existingEventIds(events.stream().map(EventEnvelope::id).toList())
                : Set.of();
        Set<UUID> seen = new HashSet<>();
        List<EventEnvelope<CheckedJson>> fresh = new ArrayList<>(events.size());
        for (EventEnvelope<CheckedJson> event : events) {
            if (!existing.contains(event.id()) && seen.add(event.id())) {
                fresh.add(event);
            }
        }
        return fresh;
    }
}

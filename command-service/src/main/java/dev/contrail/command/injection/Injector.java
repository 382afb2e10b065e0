package dev.contrail.command.injection;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.eventstore.AppendResult;
import dev.contrail.eventstore.PostgresEventStore;
import dev.contrail.eventstore.StreamAppend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Appends injected events to their per-subject streams, all streams of a batch in one
 * transaction. An event id the log already holds is a duplicate, not an error, so a re-sent batch
 * changes nothing. A race with a concurrent batch (same stream, or the same event ids) is retried.
 */
@Component
class Injector {

    /** What an injection did. */
    record Result(int accepted, int duplicates, long lastPosition) {}

    private static final int ATTEMPTS = 5;

    private final PostgresEventStore store;

    Injector(PostgresEventStore store) {
        this.store = store;
    }

    static String streamOf(EventEnvelope<?> event) {
        return "aircraft-" + event.subject();
    }

    Result inject(List<EventEnvelope<JsonNode>> events) {
        for (int attempt = 1; ; attempt++) {
            Set<UUID> seen = new LinkedHashSet<>();
            Set<UUID> existing = store.existingEventIds(
                    events.stream().map(EventEnvelope::id).toList());
            Map<String, List<EventEnvelope<?>>> byStream = new LinkedHashMap<>();
            int duplicates = 0;
            for (EventEnvelope<JsonNode> event : events) {
                if (existing.contains(event.id()) || !seen.add(event.id())) {
                    duplicates++;
                } else {
                    byStream.computeIfAbsent(streamOf(event), s -> new ArrayList<>())
                            .add(event);
                }
            }
            if (byStream.isEmpty()) {
                return new Result(0, duplicates, 0);
            }
            Map<String, Long> versions = store.currentVersions(byStream.keySet());
            List<StreamAppend> appends = byStream.entrySet().stream()
                    .map(e -> new StreamAppend(e.getKey(), versions.getOrDefault(e.getKey(), 0L), e.getValue()))
                    .toList();
            try {
                AppendResult result = store.appendAll(appends, null);
                if (result instanceof AppendResult.Appended appended) {
                    return new Result(events.size() - duplicates, duplicates, appended.lastPosition());
                }
            } catch (DuplicateKeyException concurrentSameEvents) {
                // another batch with some of these events committed first: look again
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("injection kept losing races with concurrent batches");
            }
        }
    }
}

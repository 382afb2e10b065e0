package dev.contrail.eventstore;

import dev.contrail.core.event.EventEnvelope;
import java.util.List;

/**
 * Events to append to one stream, valid only if the stream is still at {@code expectedVersion}
 * (0 for a stream that must not exist yet).
 */
public record StreamAppend(String streamId, long expectedVersion, List<EventEnvelope<?>> events) {

    public StreamAppend {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version must be 0 (new stream) or more");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + streamId);
        }
        events = List.copyOf(events);
    }
}

package dev.contrail.eventstore;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventType;
import dev.contrail.core.event.EventTypeRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The event the store's tests append: a name and a number. */
record ThingHappened(String name, long n) {

    static final String TYPE = "contrail.test.thing_happened.v1";
    static final EventTypeRegistry REGISTRY = new EventTypeRegistry(
            List.of(EventType.of(TYPE, ThingHappened.class), EventType.closing(BooksClosed.TYPE, BooksClosed.class)));

    static EventEnvelope<?> envelope(String name, long n) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "test/store",
                TYPE,
                name,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                new ThingHappened(name, n),
                new EventMetadata("corr", null, "tester"));
    }

    static StreamAppend append(String stream, long expectedVersion, long... ns) {
        return new StreamAppend(
                stream,
                expectedVersion,
                java.util.Arrays.stream(ns)
                        .<EventEnvelope<?>>mapToObj(n -> envelope(stream, n))
                        .toList());
    }
}

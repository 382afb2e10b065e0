package dev.contrail.eventstore;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import java.time.Instant;
import java.util.UUID;

/** The closing event of the store's tests: it ends a partition of its stream. */
record BooksClosed(String name, long n) {

    static final String TYPE = "contrail.test.books_closed.v1";

    static EventEnvelope<?> envelope(String name, long n) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "test/store",
                TYPE,
                name,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                new BooksClosed(name, n),
                new EventMetadata("corr", null, "tester"));
    }
}

package dev.contrail.core.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An event with its CloudEvents attributes, before it is recorded.
 *
 * @param id unique event id (UUIDv7 for events decided here, deterministic for injected ones)
 * @param source who produced it (service or injector and principal)
 * @param type the registered, versioned type name, e.g. {@code contrail.ledger.funds_deposited.v1}
 * @param subject the entity it is about (an account id, an ICAO address)
 * @param time when it happened, from the command or the observation, never a projector's clock;
 *     kept to the microsecond, the log's precision
 * @param data the payload: an event record or an already parsed JSON tree
 */
public record EventEnvelope<E>(
        UUID id, String source, String type, String subject, Instant time, E data, EventMetadata metadata) {

    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        // The log keeps microseconds; an envelope holds what the log will give back.
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(data, "data");
        metadata = metadata == null ? EventMetadata.none() : metadata;
    }

    public String dataContentType() {
        return DATA_CONTENT_TYPE;
    }

    public <T> EventEnvelope<T> withData(T newData) {
        return new EventEnvelope<>(id, source, type, subject, time, newData, metadata);
    }
}

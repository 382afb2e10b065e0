package dev.contrail.core.event;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * An event as the log holds it: the envelope plus where it sits in its stream and in the log.
 *
 * @param streamId the stream (aggregate instance) it belongs to
 * @param streamVersion its 1-based version within that stream
 * @param globalPosition its position in the whole log, the read-your-writes token
 */
public record RecordedEvent<E>(EventEnvelope<E> envelope, String streamId, long streamVersion, long globalPosition) {

    public UUID id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type();
    }

    public Instant time() {
        return envelope.time();
    }

    public E data() {
        return envelope.data();
    }

    public <T> RecordedEvent<T> mapData(Function<? super E, ? extends T> mapper) {
        return new RecordedEvent<>(
                envelope.withData(mapper.apply(envelope.data())), streamId, streamVersion, globalPosition);
    }
}

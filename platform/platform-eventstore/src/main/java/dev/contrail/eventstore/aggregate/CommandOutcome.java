package dev.contrail.eventstore.aggregate;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;

/** What became of a command. */
public sealed interface CommandOutcome {

    /**
     * The events were recorded (or, when {@code repeated}, had been recorded by an earlier
     * request with the same idempotency key).
     */
    record Accepted(
            String streamId, long version, long lastPosition, List<RecordedEvent<Object>> events, boolean repeated)
            implements CommandOutcome {}

    /** A business rule refused the command; nothing was recorded. */
    record Rejected(String code, String detail, long version) implements CommandOutcome {}

    /** The client expected another version (If-Match); nothing was recorded. */
    record PreconditionFailed(long expectedVersion, long actualVersion) implements CommandOutcome {}

    /** The idempotency key was used before with another request; nothing was recorded. */
    record KeyReused(String key) implements CommandOutcome {}

    /** Other writers kept winning the race; nothing was recorded. The client may retry. */
    record Contended(String streamId, int attempts) implements CommandOutcome {}
}

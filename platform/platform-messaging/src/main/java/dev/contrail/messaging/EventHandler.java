package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;

/**
 * What a subscriber does with each event. It runs inside the subscriber's database transaction,
 * together with the record that the event was applied, so its effect happens exactly once.
 */
public interface EventHandler {

    /** Applies one event (data as JSON text). Throwing rolls the transaction back and retries. */
    void handle(RecordedEvent<String> event);

    /**
     * Applies the events of one poll, in log order, in one transaction. Handlers that can write a
     * batch more cheaply than event by event (one upsert per key, one pipelined round trip)
     * override this; the result must equal handling them one by one.
     */
    default void handleAll(List<RecordedEvent<String>> events) {
        events.forEach(this::handle);
    }

    /** Forgets everything derived so far, before a rebuild from position 0. */
    void reset();
}

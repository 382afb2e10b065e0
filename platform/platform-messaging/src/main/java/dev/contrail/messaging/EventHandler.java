package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;

/**
 * What a subscriber does with each event. It runs inside the subscriber's database transaction,
 * together with the record that the event was applied, so its effect happens exactly once.
 */
public interface EventHandler {

    /** Applies one event (data as JSON text). Throwing rolls the transaction back and retries. */
    void handle(RecordedEvent<String> event);

    /** Forgets everything derived so far, before a rebuild from position 0. */
    void reset();
}

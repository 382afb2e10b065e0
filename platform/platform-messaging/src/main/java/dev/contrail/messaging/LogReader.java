package dev.contrail.messaging;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;

/** Reads the event log itself, the source of truth, in commit-safe order: what a rebuild starts from. */
public interface LogReader {

    /** A position before every event. */
    String START = "0:0";

    /**
     * Up to {@code limit} events of one bounded context strictly after {@code after}.
     *
     * @return the events and the position to continue from (unchanged when there was nothing)
     */
    Slice read(String context, String after, int limit);

    record Slice(List<RecordedEvent<String>> events, String next) {}
}

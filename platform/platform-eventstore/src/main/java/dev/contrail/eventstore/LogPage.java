package dev.contrail.eventstore;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;

/**
 * A page of the whole log in commit-safe order, event data as JSON text.
 *
 * @param next where the following page starts; equal to the request's position when nothing new
 *     is committed yet
 */
public record LogPage(List<Entry> entries, LogPosition next) {

    /** An event and its place in commit-safe order. */
    public record Entry(RecordedEvent<String> event, LogPosition position) {}

    public List<RecordedEvent<String>> events() {
        return entries.stream().map(Entry::event).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}

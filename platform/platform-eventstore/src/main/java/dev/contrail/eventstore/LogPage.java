package dev.contrail.eventstore;

import dev.contrail.core.event.RecordedEvent;
import java.util.List;

/**
 * A page of the whole log in commit-safe order, event data as JSON text.
 *
 * @param next where the following page starts; equal to the request's position when nothing new
 *     is committed yet
 */
public record LogPage(List<RecordedEvent<String>> events, LogPosition next) {}

package dev.contrail.messaging;

import java.time.Instant;

/**
 * How far a rebuild from the event log has come.
 *
 * @param applied events applied so far
 * @param logPosition the log position reached
 */
public record RebuildProgress(
        String subscriber, Status status, long applied, String logPosition, Instant startedAt, String error) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }
}

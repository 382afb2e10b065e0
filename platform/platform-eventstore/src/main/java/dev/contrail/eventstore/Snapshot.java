package dev.contrail.eventstore;

/**
 * A stream's folded state at a version, as JSON. The schema version says which shape of the
 * state record wrote it; a snapshot of another shape is ignored, never misread.
 */
public record Snapshot(
        String streamId, String stateType, int stateSchemaVersion, long streamVersion, String stateJson) {}

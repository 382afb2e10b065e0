package dev.contrail.eventstore;

import java.util.List;

/** What an append did: exactly one of these, never an exception for a business outcome. */
public sealed interface AppendResult {

    /** The events were recorded. */
    record Appended(List<AppendedStream> streams) implements AppendResult {
        public Appended {
            streams = List.copyOf(streams);
        }

        public AppendedStream only() {
            if (streams.size() != 1) {
                throw new IllegalStateException("append touched " + streams.size() + " streams");
            }
            return streams.getFirst();
        }

        public long lastPosition() {
            return streams.stream()
                    .mapToLong(AppendedStream::lastPosition)
                    .max()
                    .orElseThrow();
        }
    }

    /** A stream was not at the expected version: another writer got there first. Nothing was recorded. */
    record VersionConflict(String streamId, long expectedVersion, long actualVersion) implements AppendResult {}

    /** The idempotency key was used before for the same request: this is the first result. Nothing new was recorded. */
    record Repeated(Appended original) implements AppendResult {}

    /** The idempotency key was used before for a different request. Nothing was recorded. */
    record KeyReused(String key) implements AppendResult {}

    /**
     * Where one stream's new events landed.
     *
     * @param positions the global position of each event, in order
     */
    record AppendedStream(String streamId, long fromVersion, long toVersion, List<Long> positions) {
        public AppendedStream {
            positions = List.copyOf(positions);
        }

        public long lastPosition() {
            return positions.getLast();
        }
    }
}

package dev.contrail.adsb.inject;

import java.time.Duration;

/**
 * How the sender batches and retries.
 *
 * @param batchSize a batch is sent when it has this many events...
 * @param maxDelay ...or when its first event has waited this long
 * @param bufferCapacity events waiting to be sent, split evenly between the lanes; a full lane blocks the sources
 * @param lanes batches in flight at once; an aircraft's events always take the same lane
 * @param initialBackoff first pause after a failed POST, doubled up to {@code maxBackoff}
 * @param shutdownGrace how long closing may take to deliver what is buffered
 */
public record SenderSettings(
        int batchSize,
        Duration maxDelay,
        int bufferCapacity,
        int lanes,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration shutdownGrace) {

    public SenderSettings {
        if (batchSize < 1 || bufferCapacity < 1 || lanes < 1) {
            throw new IllegalArgumentException("batch size, buffer capacity and lanes must be positive");
        }
    }
}

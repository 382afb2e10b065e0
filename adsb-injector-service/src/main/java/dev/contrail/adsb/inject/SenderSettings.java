package dev.contrail.adsb.inject;

import java.time.Duration;

/**
 * How the sender batches and retries.
 *
 * @param batchSize a batch is sent when it has this many events...
 * @param maxDelay ...or when its first event has waited this long
 * @param bufferCapacity events waiting to be sent; a full buffer blocks the sources
 * @param initialBackoff first pause after a failed POST, doubled up to {@code maxBackoff}
 * @param shutdownGrace how long closing may take to deliver what is buffered
 */
public record SenderSettings(
        int batchSize,
        Duration maxDelay,
        int bufferCapacity,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration shutdownGrace) {

    public SenderSettings {
        if (batchSize < 1 || bufferCapacity < 1) {
            throw new IllegalArgumentException("batch size and buffer capacity must be positive");
        }
    }
}

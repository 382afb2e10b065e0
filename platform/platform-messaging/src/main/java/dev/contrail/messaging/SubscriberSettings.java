package dev.contrail.messaging;

import java.time.Duration;

/**
 * How subscribers consume.
 *
 * @param concurrency consumer threads per subscription (each owns some partitions, so per-key order holds)
 * @param maxAttempts attempts at one event before it is dead-lettered
 * @param initialBackoff wait before the first retry; doubles up to {@code maxBackoff}
 */
public record SubscriberSettings(int concurrency, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static SubscriberSettings defaults() {
        return new SubscriberSettings(2, 5, Duration.ofMillis(100), Duration.ofSeconds(2));
    }
}

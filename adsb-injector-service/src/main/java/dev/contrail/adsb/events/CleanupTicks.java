package dev.contrail.adsb.events;

import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.track.CleanupIntervalElapsed;
import java.time.Duration;
import java.time.Instant;

/**
 * Interleaves {@code cleanup_interval_elapsed} ticks into a receiver's events: one whenever the
 * feed's own time has moved an interval past the previous tick. The tick says only that time
 * passed (the command-service decides which flights went silent), and it runs on event time, so a
 * replayed capture closes its flights exactly as it did live. Single-threaded, like the pipeline.
 */
public final class CleanupTicks implements EventSink {

    static final String SUBJECT = "cleanup";

    private final String receiver;
    private final long intervalMillis;
    private final EventSink next;
    private long nextTickAt = Long.MIN_VALUE;

    public CleanupTicks(String receiver, Duration interval, EventSink next) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("cleanup interval must be positive: " + interval);
        }
        this.receiver = receiver;
        this.intervalMillis = interval.toMillis();
        this.next = next;
    }

    @Override
    public void accept(ObservationEvent event) throws InterruptedException {
        long time = event.time().toEpochMilli();
        if (nextTickAt == Long.MIN_VALUE) {
            nextTickAt = time + intervalMillis; // the first tick after one interval of traffic
        } else if (time >= nextTickAt) {
            next.accept(tick(time));
            nextTickAt = time + intervalMillis;
        }
        next.accept(event);
    }

    private ObservationEvent tick(long timeMillis) {
        String type = FlightsEvents.CLEANUP_INTERVAL_ELAPSED;
        return new ObservationEvent(
                EventIds.of(receiver, timeMillis, new byte[0], type),
                ObservationEvent.SOURCE_PREFIX + receiver,
                type,
                SUBJECT,
                Instant.ofEpochMilli(timeMillis),
                new CleanupIntervalElapsed((int) Math.max(1, intervalMillis / 1000)));
    }
}

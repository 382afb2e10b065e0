package dev.contrail.eventstore.relay;

import java.time.Duration;

/**
 * How far apart the relay's rounds start. A round costs about the same whatever it carries: three
 * PostgreSQL round trips and a Kafka request, each waking threads on both sides. Up to a busy rate
 * rounds start {@code shortest} apart, for low latency; above it the interval grows in proportion
 * to the rate (smoothed over the last rounds), up to {@code longest}, so rounds per second fall
 * while events per second rise and the relay leaves the CPU to the appends it publishes.
 * Command-service's defaults (1 ms up to 200 events/s, 25 ms at most) give 5 ms at 1,000 events/s
 * and 20 ms at 4,000. On this project's two-core machine the spine benchmark's deposits (about
 * 4,000 events/s) ran at 0.63-0.67 of the JDBC baseline with rounds always 5 ms apart, 0.74 with
 * 5 ms up to 2,000 events/s, 0.67-0.83 with the defaults (four runs) and 0.83 with no relay.
 *
 * @param shortest the interval at rates up to {@code busyRate}; zero reads as soon as an append commits
 * @param longest the interval never grows beyond this
 * @param busyRate events per second above which the interval grows
 */
public record RoundPacing(Duration shortest, Duration longest, double busyRate) {

    static final long RATE_MEMORY_NANOS = 20_000_000;

    public RoundPacing {
        if (shortest.isNegative() || longest.compareTo(shortest) < 0 || !(busyRate > 0)) {
            throw new IllegalArgumentException("need 0 <= shortest <= longest and a positive busy rate: " + shortest
                    + ", " + longest + ", " + busyRate);
        }
    }

    /** Rounds always {@code interval} apart. */
    public static RoundPacing fixed(Duration interval) {
        return new RoundPacing(interval, interval, 1);
    }

    /**
     * The event rate, smoothed over about the last 20 ms ({@link #RATE_MEMORY_NANOS}): one round
     * that caught a burst does not stretch the next much, and after a quiet spell the old rate is
     * forgotten at once.
     *
     * @param previous the smoothed rate until the round before, events per second
     * @param events what the round that just started read
     * @param sinceRoundBefore nanoseconds between the start of the round before and this one's:
     *     the events arrived in that time
     */
    static double rate(double previous, int events, long sinceRoundBefore) {
        if (sinceRoundBefore <= 0) {
            return previous;
        }
        double sample = events * 1e9 / sinceRoundBefore;
        double weight = 1 - Math.exp(-(double) sinceRoundBefore / RATE_MEMORY_NANOS);
        return previous + weight * (sample - previous);
    }

    /** Nanoseconds from the start of one round to the start of the next, at this event rate. */
    long intervalNanos(double rate) {
        double stretched = shortest.toNanos() * Math.max(1, rate / busyRate);
        return (long) Math.min(stretched, longest.toNanos());
    }
}

package dev.contrail.adsb.service;

import java.time.Clock;

/**
 * Holds a replay to its recorded pace: frame time advances at {@code speed} times the clock. Speed 0
 * means no waiting at all (backpressure from the sender is then the only brake).
 */
final class Pacer {

    private final Clock clock;
    private final double speed;
    private long firstFrame = Long.MIN_VALUE;
    private long firstWall;

    Pacer(Clock clock, double speed) {
        this.clock = clock;
        this.speed = speed;
    }

    void await(long frameMillis) throws InterruptedException {
        if (speed <= 0) {
            return;
        }
        if (firstFrame == Long.MIN_VALUE || frameMillis < firstFrame) {
            firstFrame = frameMillis;
            firstWall = clock.millis();
            return;
        }
        long due = firstWall + Math.round((frameMillis - firstFrame) / speed);
        long wait = due - clock.millis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}

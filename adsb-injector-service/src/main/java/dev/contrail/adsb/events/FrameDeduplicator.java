package dev.contrail.adsb.events;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets the first of identical frames within a window through. Receivers hear the same
 * transmission twice (multipath, overlapping feeds) and aircraft repeat unchanged squitters; each
 * should become one event. The window counts from the first copy, so a frame repeated steadily
 * still yields one event per window. Single-threaded, like the decoder it sits in front of.
 */
public final class FrameDeduplicator {

    private record Seen(ByteBuffer frame, long time) {}

    private final long windowMillis;
    private final Map<ByteBuffer, Long> firstSeen = new HashMap<>();
    private final ArrayDeque<Seen> order = new ArrayDeque<>();

    /** A window of 0 lets every frame through. */
    public FrameDeduplicator(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** True when this frame was not already let through within the window before {@code time}. */
    public boolean admit(byte[] frame, long time) {
        if (windowMillis <= 0) {
            return true;
        }
        evictBefore(time - windowMillis);
        ByteBuffer key = ByteBuffer.wrap(frame);
        Long first = firstSeen.get(key);
        if (first != null && Math.abs(time - first) < windowMillis) {
            return false;
        }
        ByteBuffer copy = ByteBuffer.wrap(frame.clone());
        firstSeen.put(copy, time);
        order.add(new Seen(copy, time));
        return true;
    }

    private void evictBefore(long oldest) {
        while (!order.isEmpty() && order.peekFirst().time() <= oldest) {
            Seen s = order.pollFirst();
            firstSeen.remove(s.frame(), s.time());
        }
    }

    int size() {
        return firstSeen.size();
    }
}

package dev.contrail.adsb.events;

import java.util.HashMap;
import java.util.Map;

/**
 * Optional per-aircraft thinning: at most one event of a type per aircraft per interval. Busy
 * receivers hear an aircraft's position twice a second; a map or a log may want less.
 */
public final class Downsampler {

    private static final int CLEANUP_SIZE = 100_000;

    private final long intervalMillis;
    private final Map<String, Long> lastEmitted = new HashMap<>();

    /** An interval of 0 keeps every event. */
    public Downsampler(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    public boolean admit(String icao, String type, long time) {
        if (intervalMillis <= 0) {
            return true;
        }
        String key = icao + type;
        Long last = lastEmitted.get(key);
        if (last != null && time >= last && time - last < intervalMillis) {
            return false;
        }
        if (lastEmitted.size() >= CLEANUP_SIZE) {
            lastEmitted.values().removeIf(t -> time - t >= intervalMillis);
        }
        lastEmitted.put(key, time);
        return true;
    }
}

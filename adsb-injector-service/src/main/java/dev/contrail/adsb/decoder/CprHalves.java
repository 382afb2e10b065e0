package dev.contrail.adsb.decoder;

/** The latest even and odd CPR frame of one kind (airborne or surface) of one aircraft. */
final class CprHalves {

    private static final long NONE = Long.MIN_VALUE;

    int evenLat;
    int evenLon;
    long evenTime = NONE;
    /** Identifies the frame the even half came from (a decoder-wide frame counter). */
    long evenFrame;

    int oddLat;
    int oddLon;
    long oddTime = NONE;
    long oddFrame;

    void store(boolean odd, int lat, int lon, long time, long frame) {
        if (odd) {
            oddLat = lat;
            oddLon = lon;
            oddTime = time;
            oddFrame = frame;
        } else {
            evenLat = lat;
            evenLon = lon;
            evenTime = time;
            evenFrame = frame;
        }
    }

    /** True when the other half exists and is within {@code window} of {@code time}. */
    boolean paired(boolean odd, long time, long window) {
        long other = odd ? evenTime : oddTime;
        return other != NONE && Math.abs(time - other) <= window;
    }

    /** Drops one half, e.g. after it produced an implausible position. */
    void forget(boolean odd) {
        if (odd) {
            oddTime = NONE;
        } else {
            evenTime = NONE;
        }
    }
}

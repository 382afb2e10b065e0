package dev.contrail.adsb.decoder;

/**
 * Markers for "not available" in message records. Records keep primitive fields so that decoding
 * allocates no boxes; every such field has a {@code hasX()} accessor, and consumers must omit absent
 * values (never publish the marker as a number).
 */
public final class Absent {

    /** Integer field not available. */
    public static final int INT = Integer.MIN_VALUE;

    /** Floating-point field not available. */
    public static final double DOUBLE = Double.NaN;

    private Absent() {}

    public static boolean is(int value) {
        return value == INT;
    }

    public static boolean is(double value) {
        return Double.isNaN(value);
    }
}

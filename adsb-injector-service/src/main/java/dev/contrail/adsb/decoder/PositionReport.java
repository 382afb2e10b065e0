package dev.contrail.adsb.decoder;

/** A CPR-encoded position (airborne or surface). Resolving it needs state: see {@link Decoder}. */
public sealed interface PositionReport permits AirbornePosition, SurfacePosition {

    /** CPR format F: false = even, true = odd. */
    boolean odd();

    /** Raw 17-bit CPR latitude. */
    int cprLat();

    /** Raw 17-bit CPR longitude. */
    int cprLon();

    boolean surface();
}

package dev.contrail.adsb.sim;

/**
 * A simulated frame and the truth it encodes.
 *
 * @param lat where the aircraft was when the frame was sent (position frames and all others)
 */
public record SimFrame(byte[] bytes, long timeMillis, Kind kind, int icao, double lat, double lon, boolean onGround) {

    public enum Kind {
        IDENTIFICATION,
        AIRBORNE_POSITION,
        SURFACE_POSITION,
        VELOCITY,
        SQUAWK
    }
}

package dev.contrail.adsb.decoder;

/** Mutable per-aircraft decoding state: CPR halves, last position, last velocity and altitude. */
final class AircraftState {

    final CprHalves airborne = new CprHalves();
    final CprHalves surface = new CprHalves();
    long lastSeen;

    boolean hasPosition;
    boolean positionConfirmed;
    double lat;
    double lon;
    long positionTime;
    int positionRejects;
    /** Frames the unconfirmed (held) fix was computed from; 0 = none. */
    long heldFrameA;

    long heldFrameB;

    boolean hasVelocity;
    double groundSpeed;
    double track;
    long velocityTime;
    int velocityRejects;

    boolean hasAltitude;
    int altitude;
    long altitudeTime;
    int altitudeRejects;

    /** Records a fix; {@code frameA/B} identify the frame(s) it came from (B = 0 for one frame). */
    void position(double newLat, double newLon, long time, boolean confirmed, long frameA, long frameB) {
        heldFrameA = confirmed ? 0 : frameA;
        heldFrameB = confirmed ? 0 : frameB;
        hasPosition = true;
        positionConfirmed = confirmed;
        lat = newLat;
        lon = newLon;
        positionTime = time;
        positionRejects = 0;
    }

    /** True when a fix from frames {@code a} and {@code b} shares no frame with the held fix. */
    boolean independentOfHeld(long a, long b) {
        return a != heldFrameA && a != heldFrameB && (b == 0 || (b != heldFrameA && b != heldFrameB));
    }

    void velocity(double gs, double trk, long time) {
        hasVelocity = true;
        groundSpeed = gs;
        track = trk;
        velocityTime = time;
        velocityRejects = 0;
    }

    void altitude(int feet, long time) {
        hasAltitude = true;
        altitude = feet;
        altitudeTime = time;
        altitudeRejects = 0;
    }
}

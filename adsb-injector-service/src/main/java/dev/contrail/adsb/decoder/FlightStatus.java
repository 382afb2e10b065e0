package dev.contrail.adsb.decoder;

/** The FS field of DF4/5/20/21. */
final class FlightStatus {

    private FlightStatus() {}

    static boolean onGround(int fs) {
        return fs == 1 || fs == 3;
    }
}

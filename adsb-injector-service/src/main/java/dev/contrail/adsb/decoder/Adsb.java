package dev.contrail.adsb.decoder;

/** The ME field of an extended squitter, by type code. */
public sealed interface Adsb
        permits Identification,
                SurfacePosition,
                AirbornePosition,
                AirborneVelocity,
                AircraftStatus,
                TargetState,
                OperationalStatus,
                OtherAdsb {

    int typeCode();

    /** Decodes the ME field of a 112-bit DF17/18 frame (no CRC check, no state). */
    static Adsb decode(byte[] frame) {
        int tc = Bits.me(frame, 1, 5);
        return switch (tc) {
            case 1, 2, 3, 4 -> Identification.decode(frame);
            case 5, 6, 7, 8 -> SurfacePosition.decode(frame);
            case 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22 -> AirbornePosition.decode(frame);
            case 19 -> AirborneVelocity.decode(frame);
            case 28 -> AircraftStatus.decode(frame);
            case 29 -> TargetState.decode(frame);
            case 31 -> OperationalStatus.decode(frame);
            default -> new OtherAdsb(tc, Bits.read(frame, 33, 56));
        };
    }
}

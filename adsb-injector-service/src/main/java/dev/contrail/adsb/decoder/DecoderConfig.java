package dev.contrail.adsb.decoder;

/**
 * Decoder settings. Times are in frame time (milliseconds), never the wall clock.
 *
 * @param fixOneBit repair 1-bit errors in DF17/18 and DF11
 * @param fixTwoBits also repair 2-bit errors in DF17/18 (more false accepts; off by default)
 * @param addressTtlMillis how long a clean DF11/17/18 address validates address/parity formats
 * @param receiver receiver location for local CPR decoding, or {@code null}
 * @param maxRangeNm receiver-relative decodes farther than this are dropped (at most 180 NM)
 * @param cprPairWindowMillis max age difference of an even/odd pair for global decoding
 * @param maxAirborneSpeedKt speed above which a new airborne position is implausible
 * @param maxSurfaceSpeedKt same for surface positions
 * @param rejectStreakReset after this many consecutive plausibility rejections the track restarts
 * @param aircraftTtlMillis per-aircraft state is dropped after this long without a message
 */
public record DecoderConfig(
        boolean fixOneBit,
        boolean fixTwoBits,
        long addressTtlMillis,
        Position receiver,
        double maxRangeNm,
        long cprPairWindowMillis,
        double maxAirborneSpeedKt,
        double maxSurfaceSpeedKt,
        int rejectStreakReset,
        long aircraftTtlMillis) {

    public static DecoderConfig defaults() {
        return new DecoderConfig(true, false, 60_000, null, 180, 10_000, 1000, 200, 3, 600_000);
    }

    public DecoderConfig withReceiver(Position location) {
        return new DecoderConfig(
                fixOneBit,
                fixTwoBits,
                addressTtlMillis,
                location,
                maxRangeNm,
                cprPairWindowMillis,
                maxAirborneSpeedKt,
                maxSurfaceSpeedKt,
                rejectStreakReset,
                aircraftTtlMillis);
    }

    public DecoderConfig withTwoBitRepair(boolean enabled) {
        return new DecoderConfig(
                fixOneBit,
                enabled,
                addressTtlMillis,
                receiver,
                maxRangeNm,
                cprPairWindowMillis,
                maxAirborneSpeedKt,
                maxSurfaceSpeedKt,
                rejectStreakReset,
                aircraftTtlMillis);
    }

    public DecoderConfig withOneBitRepair(boolean enabled) {
        return new DecoderConfig(
                enabled,
                fixTwoBits,
                addressTtlMillis,
                receiver,
                maxRangeNm,
                cprPairWindowMillis,
                maxAirborneSpeedKt,
                maxSurfaceSpeedKt,
                rejectStreakReset,
                aircraftTtlMillis);
    }
}

package dev.contrail.adsb.decoder;

/** Why a frame produced no message. Each reason is counted in {@link DecoderCounters}. */
public enum RejectReason {
    /** Not 7 or 14 bytes, or the length does not match the downlink format. */
    BAD_LENGTH,
    ALL_ZERO,
    /** DF 19, 22, 24+ and the other formats this decoder does not handle. */
    UNSUPPORTED_FORMAT,
    /** DF11/17/18 parity wrong and not repairable. */
    CRC_MISMATCH,
    /** Address/parity format whose recovered address was not seen recently in a clean DF11/17/18. */
    UNKNOWN_ADDRESS,
    /** Position implies an impossible speed from the aircraft's last position. */
    IMPLAUSIBLE_POSITION,
    /** Velocity change implies an impossible acceleration or turn rate. */
    IMPLAUSIBLE_VELOCITY,
    /** Altitude change implies an impossible climb or descent rate. */
    IMPLAUSIBLE_ALTITUDE
}

package dev.contrail.adsb.decoder;

/** What became of the position in an accepted message. */
public enum PositionStatus {
    /** The message carries no position. */
    NONE,
    /** No usable even/odd pair and no usable reference yet. */
    UNRESOLVED,
    /** The even and odd frames lie in different longitude zones (NL differs): no position. */
    ZONE_MISMATCH,
    /** The CPR data or the reference gave an impossible latitude or an out-of-range result. */
    INVALID,
    /** First fix of an aircraft (or a re-acquisition): candidate only, until a second fix agrees. */
    HELD,
    /** A confirmed, plausible position for this frame. */
    VALID
}

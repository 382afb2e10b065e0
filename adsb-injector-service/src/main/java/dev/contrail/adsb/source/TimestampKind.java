package dev.contrail.adsb.source;

/** What a {@link SourceFrame#timestamp()} counts. */
public enum TimestampKind {
    NONE,
    /** Receiver's free-running 12 MHz counter (48 bits): relative only, not wall time. */
    TICKS_12MHZ,
    /** Unix epoch milliseconds. */
    UNIX_MILLIS;

    /** Milliseconds per tick of a 12 MHz counter. */
    public static final double MILLIS_PER_12MHZ_TICK = 1.0 / 12_000.0;
}

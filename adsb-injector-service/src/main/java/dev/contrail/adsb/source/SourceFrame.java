package dev.contrail.adsb.source;

/**
 * One frame read from a feed.
 *
 * @param bytes the raw frame (2 bytes Mode A/C, 7 or 14 bytes Mode S)
 * @param timestamp meaning given by {@code timestampKind}; 0 when {@link TimestampKind#NONE}
 * @param signal raw signal byte (0-255) when present, else -1
 */
public record SourceFrame(byte[] bytes, long timestamp, TimestampKind timestampKind, int signal) {

    public boolean hasTimestamp() {
        return timestampKind != TimestampKind.NONE;
    }

    public boolean hasSignal() {
        return signal >= 0;
    }

    /** Relative signal power, (signal/255)^2, as dump1090 and readsb define it; NaN if absent. */
    public double signalPower() {
        if (signal < 0) {
            return Double.NaN;
        }
        double s = signal / 255.0;
        return s * s;
    }
}

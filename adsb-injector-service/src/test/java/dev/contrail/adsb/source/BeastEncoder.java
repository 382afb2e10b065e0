package dev.contrail.adsb.source;

import java.io.ByteArrayOutputStream;

/** Test-side Beast writer: 0x1A, type, 6-byte timestamp, signal, frame; 0x1A doubled after the type. */
public final class BeastEncoder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public BeastEncoder frame(byte[] frame, long ticks, int signal) {
        out.write(0x1A);
        out.write(frame.length == 2 ? '1' : frame.length == 7 ? '2' : '3');
        for (int i = 5; i >= 0; i--) {
            escaped((int) (ticks >>> (8 * i)));
        }
        escaped(signal);
        for (byte b : frame) {
            escaped(b);
        }
        return this;
    }

    /** Raw bytes, not escaped (garbage, other message types, truncated messages). */
    public BeastEncoder raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    private void escaped(int b) {
        out.write(b);
        if ((b & 0xFF) == 0x1A) {
            out.write(0x1A);
        }
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}

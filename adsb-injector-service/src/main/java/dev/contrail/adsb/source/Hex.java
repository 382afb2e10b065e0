package dev.contrail.adsb.source;

/** Hex digit helpers without Strings or regex. */
final class Hex {

    private Hex() {}

    /** Value of an ASCII hex digit, or -1. */
    static int nibble(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Parses {@code len} hex chars at {@code from}; null if any is not a hex digit or len is odd. */
    static byte[] bytes(byte[] text, int from, int len) {
        if ((len & 1) != 0) {
            return null;
        }
        byte[] out = new byte[len / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = nibble(text[from + 2 * i]);
            int lo = nibble(text[from + 2 * i + 1]);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Parses up to 15 hex chars as a long; -1 if invalid. */
    static long number(byte[] text, int from, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) {
            int n = nibble(text[from + i]);
            if (n < 0) {
                return -1;
            }
            v = v << 4 | n;
        }
        return v;
    }
}

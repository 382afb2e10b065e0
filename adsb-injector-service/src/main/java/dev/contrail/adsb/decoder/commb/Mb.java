package dev.contrail.adsb.decoder.commb;

/** Bit access on a 56-bit MB field; bits numbered 1..56 from the most significant. */
final class Mb {

    private Mb() {}

    static int field(long mb, int first, int len) {
        return (int) ((mb >>> (57 - first - len)) & ((1L << len) - 1));
    }

    static boolean flag(long mb, int bit) {
        return field(mb, bit, 1) != 0;
    }

    static int signed(long mb, int signBit, int len) {
        int raw = field(mb, signBit, len + 1);
        return (raw & (1 << len)) != 0 ? raw - (1 << (len + 1)) : raw;
    }

    /** A status bit of 0 must come with an all-zero value field. */
    static boolean statusConsistent(long mb, int statusBit, int first, int len) {
        return flag(mb, statusBit) || field(mb, first, len) == 0;
    }
}

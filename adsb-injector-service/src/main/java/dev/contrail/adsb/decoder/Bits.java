package dev.contrail.adsb.decoder;

/**
 * Bit access on a raw Mode S frame. Bits are numbered from 1 (the most significant bit of byte 0),
 * as in ICAO Annex 10; ME/MB bit {@code k} of a 112-bit frame is frame bit {@code 32 + k}.
 */
final class Bits {

    private Bits() {}

    /** Reads {@code len} (1..56) bits starting at 1-based bit {@code first}. */
    static long read(byte[] frame, int first, int len) {
        int start = first - 1;
        int end = start + len;
        int firstByte = start >>> 3;
        int lastByte = (end - 1) >>> 3;
        long acc = 0;
        for (int i = firstByte; i <= lastByte; i++) {
            acc = (acc << 8) | (frame[i] & 0xFF);
        }
        int trailing = ((lastByte + 1) << 3) - end;
        return (acc >>> trailing) & ((1L << len) - 1);
    }

    static int bits(byte[] frame, int first, int len) {
        return (int) read(frame, first, len);
    }

    static boolean bit(byte[] frame, int first) {
        return ((frame[(first - 1) >>> 3] >>> (7 - ((first - 1) & 7))) & 1) != 0;
    }

    /** ME field (DF17/18) bits: ME bit {@code k} is frame bit {@code 32 + k}. */
    static int me(byte[] frame, int first, int len) {
        return (int) read(frame, 32 + first, len);
    }

    static boolean meBit(byte[] frame, int first) {
        return bit(frame, 32 + first);
    }

    /** Bits {@code first..first+len-1} (1-based, MSB first) of a 56-bit MB/ME value. */
    static int field(long mb56, int first, int len) {
        return (int) ((mb56 >>> (56 - first - len + 1)) & ((1L << len) - 1));
    }

    static boolean flag(long mb56, int first) {
        return field(mb56, first, 1) != 0;
    }

    /** Two's complement value of {@code len} bits whose top bit is the sign. */
    static int signed(int raw, int len) {
        return (raw & (1 << (len - 1))) != 0 ? raw - (1 << len) : raw;
    }

    static int downlinkFormat(byte[] frame) {
        int df = (frame[0] & 0xFF) >>> 3;
        return df >= 24 ? 24 : df;
    }
}

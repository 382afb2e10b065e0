package dev.contrail.adsb.decoder;

/** Builds synthetic frames with correct parity, and CPR-encodes positions (test-side encoder). */
final class Frames {

    private Frames() {}

    /** A DF17 (or DF18 with {@code ca} as CF) frame with the given 56-bit ME and valid parity. */
    static byte[] extendedSquitter(int df, int ca, int address, long me) {
        byte[] f = new byte[14];
        f[0] = (byte) (df << 3 | ca);
        f[1] = (byte) (address >>> 16);
        f[2] = (byte) (address >>> 8);
        f[3] = (byte) address;
        for (int i = 0; i < 7; i++) {
            f[4 + i] = (byte) (me >>> (48 - 8 * i));
        }
        return withParity(f, 0);
    }

    /** Sets the parity field to CRC xor {@code overlay} (the address for address/parity formats). */
    static byte[] withParity(byte[] f, int overlay) {
        int n = f.length;
        int p = Crc24.checksum(f, n - 3) ^ overlay;
        f[n - 3] = (byte) (p >>> 16);
        f[n - 2] = (byte) (p >>> 8);
        f[n - 1] = (byte) p;
        return f;
    }

    /** DF4 (altitude) or DF5 (identity) short reply from {@code address} with a 13-bit code. */
    static byte[] shortReply(int df, int address, int code13) {
        byte[] f = new byte[7];
        f[0] = (byte) (df << 3);
        f[2] = (byte) (code13 >>> 8 & 0x1F);
        f[3] = (byte) code13;
        return withParity(f, address);
    }

    /** DF11 acquisition squitter (II = 0). */
    static byte[] allCall(int address) {
        byte[] f = new byte[7];
        f[0] = (byte) (11 << 3 | 5);
        f[1] = (byte) (address >>> 16);
        f[2] = (byte) (address >>> 8);
        f[3] = (byte) address;
        return withParity(f, 0);
    }

    /** Airborne position TC 11 with a 25-ft altitude code, CPR-encoding {@code lat/lon}. */
    static byte[] airbornePosition(int address, double lat, double lon, boolean odd, int altitudeFt) {
        int n = (altitudeFt + 1000) / 25;
        int ac12 = ((n & 0x7F0) << 1) | 0x10 | (n & 0xF);
        int[] cpr = encode(lat, lon, odd, false);
        long me = (11L << 51) | ((long) ac12 << 36) | ((odd ? 1L : 0L) << 34) | ((long) cpr[0] << 17) | cpr[1];
        return extendedSquitter(17, 5, address, me);
    }

    /** Surface position TC 7, movement code 20 (5.5 kt), track invalid. */
    static byte[] surfacePosition(int address, double lat, double lon, boolean odd) {
        int[] cpr = encode(lat, lon, odd, true);
        long me = (7L << 51) | (20L << 44) | ((odd ? 1L : 0L) << 34) | ((long) cpr[0] << 17) | cpr[1];
        return extendedSquitter(17, 5, address, me);
    }

    /** Airborne velocity subtype 1 from ground speed components (kt, positive east/north). */
    static byte[] velocity(int address, int eastKt, int northKt, int verticalRateFpm) {
        long me = (19L << 51) | (1L << 48);
        me |= (eastKt < 0 ? 1L : 0L) << 42 | (long) (Math.abs(eastKt) + 1) << 32;
        me |= (northKt < 0 ? 1L : 0L) << 31 | (long) (Math.abs(northKt) + 1) << 21;
        me |= (verticalRateFpm < 0 ? 1L : 0L) << 19 | (long) (Math.abs(verticalRateFpm) / 64 + 1) << 10;
        return extendedSquitter(17, 5, address, me);
    }

    /** CPR encoding (ICAO Annex 10 / DO-260B), 17 bits. */
    static int[] encode(double lat, double lon, boolean odd, boolean surface) {
        double span = surface ? 90.0 : 360.0;
        int i = odd ? 1 : 0;
        double dLat = span / (60 - i);
        long yz = (long) Math.floor(131072 * mod(lat, dLat) / dLat + 0.5);
        double rLat = dLat * (yz / 131072.0 + Math.floor(lat / dLat));
        int nl = Cpr.nl(rLat);
        double dLon = span / Math.max(nl - i, 1);
        long xz = (long) Math.floor(131072 * mod(lon, dLon) / dLon + 0.5);
        return new int[] {(int) (yz & 0x1FFFF), (int) (xz & 0x1FFFF)};
    }

    private static double mod(double a, double b) {
        return a - b * Math.floor(a / b);
    }
}

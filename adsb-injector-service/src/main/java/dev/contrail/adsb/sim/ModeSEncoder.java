package dev.contrail.adsb.sim;

import dev.contrail.adsb.decoder.Cpr;
import dev.contrail.adsb.decoder.Crc24;

/**
 * Encodes real Mode S frames with valid parity, the inverse of the decoder, for the simulator.
 *
 * <pre>
 * DF17:  DF=17(5) CA=5(3) AA(24) ME(56) PI(24)        PI = CRC-24 of the first 88 bits
 * DF5:   DF=5(5) FS(3) DR(5) UM(6) ID(13) AP(24)      AP = CRC-24 of the first 32 bits XOR address
 * ME TC 4:      TC(5) CA(3) 8 x 6-bit characters
 * ME TC 6:      TC(5) MOV(7) S(1) TRK(7) T(1) F(1) LAT(17) LON(17)         surface position
 * ME TC 11:     TC(5) SS(2) SAF(1) ALT(12, Q=1: 25 ft) T(1) F(1) LAT(17) LON(17)
 * ME TC 19 ST1: TC(5) ST(3) IC IFR NUC(3) DEW VEW(10) DNS VNS(10) VRSRC SVR VR(9) 00 SDIF DIF(7)
 * </pre>
 */
final class ModeSEncoder {

    private static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";
    private static final double SCALE = 131072.0;

    private ModeSEncoder() {}

    static byte[] identification(int icao, String callsign, int category) {
        long chars = 0;
        String padded = (callsign + "        ").substring(0, 8);
        for (int i = 0; i < 8; i++) {
            int code = CHARSET.indexOf(padded.charAt(i));
            chars = chars << 6 | (code < 0 ? 32 : code);
        }
        return extendedSquitter(icao, 4L << 51 | (long) category << 48 | chars);
    }

    static byte[] airbornePosition(int icao, double lat, double lon, int altitudeFt, boolean odd) {
        int n = Math.max(0, Math.min(2047, Math.round((altitudeFt + 1000) / 25f)));
        int ac12 = (n >>> 4) << 5 | 1 << 4 | (n & 0xF); // Q bit between the 7 high and 4 low bits
        long me = 11L << 51 | (long) ac12 << 36 | cpr(lat, lon, odd, false);
        return extendedSquitter(icao, me);
    }

    static byte[] surfacePosition(int icao, double lat, double lon, double speedKt, double trackDeg, boolean odd) {
        long track = Math.round(floorMod(trackDeg, 360.0) * 128.0 / 360.0) & 0x7F;
        long me = 6L << 51 | (long) movement(speedKt) << 44 | 1L << 43 | track << 36 | cpr(lat, lon, odd, true);
        return extendedSquitter(icao, me);
    }

    static byte[] velocity(int icao, double speedKt, double trackDeg, int verticalRateFpm) {
        double t = Math.toRadians(trackDeg);
        long east = Math.round(speedKt * Math.sin(t));
        long north = Math.round(speedKt * Math.cos(t));
        long vr = Math.min(511, Math.round(Math.abs(verticalRateFpm) / 64.0) + 1);
        long me = 19L << 51 | 1L << 48;
        me |= (east < 0 ? 1L : 0L) << 42 | Math.min(1023, Math.abs(east) + 1) << 32;
        me |= (north < 0 ? 1L : 0L) << 31 | Math.min(1023, Math.abs(north) + 1) << 21;
        me |= 1L << 20 | (verticalRateFpm < 0 ? 1L : 0L) << 19 | vr << 10; // VRSRC=1: barometric
        return extendedSquitter(icao, me);
    }

    /** DF5 surveillance identity reply; {@code squawk} as four octal digits in a decimal int. */
    static byte[] identityReply(int icao, int squawk, boolean onGround) {
        int a = squawk / 1000 % 10;
        int b = squawk / 100 % 10;
        int c = squawk / 10 % 10;
        int d = squawk % 10;
        // C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4
        int id = bit(c, 1) << 12
                | bit(a, 1) << 11
                | bit(c, 2) << 10
                | bit(a, 2) << 9
                | bit(c, 4) << 8
                | bit(a, 4) << 7
                | bit(b, 1) << 5
                | bit(d, 1) << 4
                | bit(b, 2) << 3
                | bit(d, 2) << 2
                | bit(b, 4) << 1
                | bit(d, 4);
        byte[] f = new byte[7];
        f[0] = (byte) (5 << 3 | (onGround ? 1 : 0));
        f[2] = (byte) (id >>> 8);
        f[3] = (byte) id;
        return withParity(f, icao);
    }

    private static int bit(int digit, int weight) {
        return (digit & weight) != 0 ? 1 : 0;
    }

    /** F, LAT-CPR and LON-CPR: the low 35 bits of a position ME field. */
    static long cpr(double lat, double lon, boolean odd, boolean surface) {
        double span = surface ? 90.0 : 360.0;
        double dLat = span / (odd ? 59 : 60);
        long yz = (long) Math.floor(SCALE * floorMod(lat, dLat) / dLat + 0.5);
        // NL of the latitude the receiver will decode, not of the true one (matters at zone edges)
        double rLat = dLat * (yz / SCALE + Math.floor(lat / dLat));
        double dLon = span / Math.max(Cpr.nl(rLat) - (odd ? 1 : 0), 1);
        long xz = (long) Math.floor(SCALE * floorMod(lon, dLon) / dLon + 0.5);
        return (odd ? 1L : 0L) << 34 | (yz & 0x1FFFF) << 17 | (xz & 0x1FFFF);
    }

    /** Surface movement code (the inverse of the decoder's table), 1 = stopped. */
    static int movement(double kt) {
        if (kt < 0.125) {
            return 1;
        } else if (kt < 1) {
            return 2 + (int) Math.round(kt / 0.125) - 1;
        } else if (kt < 2) {
            return 9 + (int) ((kt - 1) / 0.25);
        } else if (kt < 15) {
            return 13 + (int) ((kt - 2) / 0.5);
        } else if (kt < 70) {
            return 39 + (int) (kt - 15);
        } else if (kt < 100) {
            return 94 + (int) ((kt - 70) / 2);
        } else if (kt < 175) {
            return 109 + (int) ((kt - 100) / 5);
        }
        return 124;
    }

    private static byte[] extendedSquitter(int icao, long me) {
        byte[] f = new byte[14];
        f[0] = (byte) (17 << 3 | 5);
        f[1] = (byte) (icao >>> 16);
        f[2] = (byte) (icao >>> 8);
        f[3] = (byte) icao;
        for (int i = 0; i < 7; i++) {
            f[4 + i] = (byte) (me >>> (48 - 8 * i));
        }
        return withParity(f, 0);
    }

    private static byte[] withParity(byte[] f, int overlay) {
        int n = f.length;
        int parity = Crc24.checksum(f, n - 3) ^ overlay;
        f[n - 3] = (byte) (parity >>> 16);
        f[n - 2] = (byte) (parity >>> 8);
        f[n - 1] = (byte) parity;
        return f;
    }

    private static double floorMod(double a, double b) {
        return a - b * Math.floor(a / b);
    }
}

package dev.contrail.adsb.decoder;

/**
 * Altitude codes.
 *
 * <pre>
 * AC13 (DF0/4/16/20, bits 20-32):  C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4
 * AC12 (ADS-B TC 9-18, ME 9-20):   C1 A1 C2 A2 C4 A4 B1 Q B2 D2 B4 D4
 * M=1: metric (meters);  Q=1: 25 ft steps, N*25-1000 ft;  Q=0: Gillham Gray code, 100 ft steps,
 * where the Q position carries D1.
 * </pre>
 */
public final class AltitudeCode {

    private AltitudeCode() {}

    /** Feet from a 13-bit AC field, or {@link Absent#INT}. */
    public static int decode13(int ac13) {
        if (ac13 == 0) {
            return Absent.INT;
        }
        if (isMetric(ac13)) {
            int meters = ((ac13 & 0x1F80) >>> 1) | (ac13 & 0x3F);
            return (int) Math.round(meters * 3.28084);
        }
        if ((ac13 & 0x10) != 0) {
            int n = ((ac13 & 0x1F80) >>> 2) | ((ac13 & 0x20) >>> 1) | (ac13 & 0xF);
            return n * 25 - 1000;
        }
        return gillham(ac13);
    }

    public static boolean isMetric(int ac13) {
        return (ac13 & 0x40) != 0;
    }

    /** Feet from a 12-bit ADS-B altitude field (no M bit), or {@link Absent#INT}. */
    public static int decode12(int ac12) {
        if (ac12 == 0) {
            return Absent.INT;
        }
        return decode13(((ac12 & 0xFC0) << 1) | (ac12 & 0x3F));
    }

    /** Gillham (Gray) altitude in feet from an AC13 layout, or {@link Absent#INT} if invalid. */
    static int gillham(int ac13) {
        int c1 = (ac13 >>> 12) & 1;
        int a1 = (ac13 >>> 11) & 1;
        int c2 = (ac13 >>> 10) & 1;
        int a2 = (ac13 >>> 9) & 1;
        int c4 = (ac13 >>> 8) & 1;
        int a4 = (ac13 >>> 7) & 1;
        int b1 = (ac13 >>> 5) & 1;
        int d1 = (ac13 >>> 4) & 1;
        int b2 = (ac13 >>> 3) & 1;
        int d2 = (ac13 >>> 2) & 1;
        int b4 = (ac13 >>> 1) & 1;
        int d4 = ac13 & 1;
        int gray500 = d1 << 8 | d2 << 7 | d4 << 6 | a1 << 5 | a2 << 4 | a4 << 3 | b1 << 2 | b2 << 1 | b4;
        int gray100 = c1 << 2 | c2 << 1 | c4;
        int fiveHundreds = grayToBinary(gray500);
        int hundreds = grayToBinary(gray100);
        if (hundreds == 0 || hundreds == 5 || hundreds == 6) {
            return Absent.INT;
        }
        if (hundreds == 7) {
            hundreds = 5;
        }
        if ((fiveHundreds & 1) != 0) {
            hundreds = 6 - hundreds;
        }
        return fiveHundreds * 500 + hundreds * 100 - 1300;
    }

    private static int grayToBinary(int gray) {
        int b = gray;
        for (int g = gray >>> 1; g != 0; g >>>= 1) {
            b ^= g;
        }
        return b;
    }
}

package dev.contrail.adsb.decoder;

/**
 * Mode A identity (squawk) code, 13 bits: {@code C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4}. Returned as
 * an int whose decimal digits are the four octal digits (7700 for "7700", 356 for "0356").
 */
public final class Squawk {

    private Squawk() {}

    public static int decode(int id13) {
        int a = digit(id13, 7, 9, 11);
        int b = digit(id13, 1, 3, 5);
        int c = digit(id13, 8, 10, 12);
        int d = digit(id13, 0, 2, 4);
        return a * 1000 + b * 100 + c * 10 + d;
    }

    /** Octal digit from the bit positions (from the LSB) of its 4, 2 and 1 pulses. */
    private static int digit(int id13, int four, int two, int one) {
        return ((id13 >>> four) & 1) << 2 | ((id13 >>> two) & 1) << 1 | ((id13 >>> one) & 1);
    }

    /** Four-digit text form, e.g. {@code "0356"}. */
    public static String format(int squawk) {
        char[] c = {
            (char) ('0' + squawk / 1000),
            (char) ('0' + squawk / 100 % 10),
            (char) ('0' + squawk / 10 % 10),
            (char) ('0' + squawk % 10)
        };
        return new String(c);
    }
}

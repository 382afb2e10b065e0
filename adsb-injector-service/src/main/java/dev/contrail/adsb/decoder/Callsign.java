package dev.contrail.adsb.decoder;

/** The 6-bit ICAO character set of identification messages (ADS-B TC 1-4 and BDS 2,0). */
public final class Callsign {

    private static final String CHARSET = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######";

    private Callsign() {}

    /** Eight 6-bit characters from a 48-bit value; trailing spaces trimmed. */
    public static String decode(long chars48) {
        char[] out = new char[8];
        for (int i = 0; i < 8; i++) {
            out[i] = CHARSET.charAt((int) ((chars48 >>> (42 - 6 * i)) & 0x3F));
        }
        int end = 8;
        while (end > 0 && out[end - 1] == ' ') {
            end--;
        }
        return new String(out, 0, end);
    }

    /** True when all eight characters are letters, digits or space. */
    public static boolean isValid(long chars48) {
        for (int i = 0; i < 8; i++) {
            if (CHARSET.charAt((int) ((chars48 >>> (42 - 6 * i)) & 0x3F)) == '#') {
                return false;
            }
        }
        return true;
    }
}

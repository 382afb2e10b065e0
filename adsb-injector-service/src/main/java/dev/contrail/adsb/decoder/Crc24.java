package dev.contrail.adsb.decoder;

/**
 * Mode S CRC-24, generator polynomial 0x1FFF409 (written 0xFFF409 without the leading term).
 * Table-driven, one table lookup per byte.
 */
public final class Crc24 {

    static final int GENERATOR = 0xFFF409;
    private static final int[] TABLE = buildTable();

    private Crc24() {}

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int c = i << 16;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x800000) != 0 ? (c << 1) ^ GENERATOR : c << 1;
            }
            table[i] = c & 0xFFFFFF;
        }
        return table;
    }

    /** CRC of the first {@code length} bytes: what the parity field of an unmodified frame must be. */
    public static int checksum(byte[] data, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 16) ^ data[i]) & 0xFF]) & 0xFFFFFF;
        }
        return crc;
    }

    /**
     * Syndrome of a whole frame: CRC of the data part XOR the 24-bit parity field. Zero for a clean
     * DF17/18; the ICAO address for address/parity formats; the II/SI code for DF11.
     */
    public static int syndrome(byte[] frame) {
        int n = frame.length;
        int parity = ((frame[n - 3] & 0xFF) << 16) | ((frame[n - 2] & 0xFF) << 8) | (frame[n - 1] & 0xFF);
        return checksum(frame, n - 3) ^ parity;
    }
}

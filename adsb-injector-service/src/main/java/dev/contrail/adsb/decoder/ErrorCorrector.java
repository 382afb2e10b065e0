package dev.contrail.adsb.decoder;

/**
 * Repairs bit errors using the linearity of the CRC: the syndrome of a damaged frame equals the
 * syndrome of its error pattern. Precomputed syndrome tables map a syndrome to the one or two bit
 * positions that explain it; syndromes explained by more than one pattern are left ambiguous and
 * never repaired. The 5 DF bits are never touched (a flip there changes the message format).
 */
final class ErrorCorrector {

    private static final int FIRST_BIT = 5;
    private static final int AMBIGUOUS = -1;

    private final SyndromeTable shortOneBit = new SyndromeTable(256);
    private final SyndromeTable longOneBit = new SyndromeTable(512);
    private final SyndromeTable longTwoBits;

    ErrorCorrector(boolean twoBits) {
        int[] shortSyndromes = singleBitSyndromes(56);
        int[] longSyndromes = singleBitSyndromes(112);
        for (int p = FIRST_BIT; p < 56; p++) {
            shortOneBit.put(shortSyndromes[p], p + 1);
        }
        for (int p = FIRST_BIT; p < 112; p++) {
            longOneBit.put(longSyndromes[p], p + 1);
        }
        longTwoBits = twoBits ? twoBitTable(longSyndromes) : null;
    }

    private static int[] singleBitSyndromes(int bitsLength) {
        int[] syndromes = new int[bitsLength];
        byte[] frame = new byte[bitsLength / 8];
        for (int p = 0; p < bitsLength; p++) {
            frame[p >>> 3] = (byte) (0x80 >>> (p & 7));
            syndromes[p] = Crc24.syndrome(frame);
            frame[p >>> 3] = 0;
        }
        return syndromes;
    }

    private SyndromeTable twoBitTable(int[] single) {
        SyndromeTable table = new SyndromeTable(16384);
        for (int a = FIRST_BIT; a < 112; a++) {
            for (int b = a + 1; b < 112; b++) {
                table.put(single[a] ^ single[b], (a + 1) | (b + 1) << 8);
            }
        }
        return table;
    }

    /**
     * Tries to repair {@code frame} in place for a DF17/18 (or, with 56 bits, DF11 whose II code is 0)
     * given its non-zero syndrome. Returns the number of bits flipped, or 0 if not repairable.
     */
    int repair(byte[] frame, int syndrome) {
        SyndromeTable one = frame.length == 7 ? shortOneBit : longOneBit;
        int code = one.get(syndrome);
        if (code > 0) {
            flip(frame, code);
            return 1;
        }
        if (longTwoBits != null && frame.length == 14) {
            code = longTwoBits.get(syndrome);
            if (code > 0) {
                flip(frame, code & 0xFF);
                flip(frame, code >>> 8);
                return 2;
            }
        }
        return 0;
    }

    private static void flip(byte[] frame, int bit1Based) {
        int p = bit1Based - 1;
        frame[p >>> 3] ^= (byte) (0x80 >>> (p & 7));
    }

    /** Open-addressing map from a non-zero 24-bit syndrome to an encoded bit pattern. */
    private static final class SyndromeTable {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        SyndromeTable(int capacity) {
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
        }

        void put(int syndrome, int value) {
            int i = mix(syndrome) & mask;
            while (keys[i] != 0 && keys[i] != syndrome) {
                i = (i + 1) & mask;
            }
            if (keys[i] == syndrome) {
                values[i] = AMBIGUOUS;
            } else {
                keys[i] = syndrome;
                values[i] = value;
            }
        }

        int get(int syndrome) {
            int i = mix(syndrome) & mask;
            while (keys[i] != 0) {
                if (keys[i] == syndrome) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return 0;
        }

        private static int mix(int x) {
            return (x * 0x9E3779B1) >>> 8;
        }
    }
}

package dev.contrail.adsb.decoder;

/**
 * Pure, stateless decoding of one frame into a typed message: no CRC verification, no address
 * table, no positions. The address of address/parity formats is recovered from the CRC syndrome.
 * {@link Decoder} adds the checks; this class serves tests, tools and already-verified input.
 */
public final class MessageDecoder {

    private MessageDecoder() {}

    /** Returns the message, or {@code null} for an unsupported downlink format or a wrong length. */
    public static ModeSMessage decode(byte[] frame) {
        if (frame.length != 7 && frame.length != 14) {
            return null;
        }
        int df = Bits.downlinkFormat(frame);
        if (expectedLength(df) != frame.length) {
            return null;
        }
        return decode(frame, df, Crc24.syndrome(frame));
    }

    static ModeSMessage decode(byte[] frame, int df, int syndrome) {
        return switch (df) {
            case 0, 16 -> AcasReply.decode(frame, syndrome);
            case 4, 20 -> SurveillanceReply.decode(frame, syndrome);
            case 5, 21 -> IdentityReply.decode(frame, syndrome);
            case 11 -> AllCallReply.decode(frame, syndrome & 0x7F);
            case 17, 18 -> ExtendedSquitter.decode(frame);
            default -> null;
        };
    }

    /** Frame length in bytes for a supported DF, or -1 for formats this decoder does not handle. */
    static int expectedLength(int df) {
        return switch (df) {
            case 0, 4, 5, 11 -> 7;
            case 16, 17, 18, 20, 21 -> 14;
            default -> -1;
        };
    }
}

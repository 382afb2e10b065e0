package dev.contrail.adsb.decoder;

/**
 * DF5 surveillance identity reply and DF21 Comm-B identity reply.
 *
 * <pre>
 * DF(1-5) FS(6-8) DR(9-13) UM(14-19) ID(20-32) [MB(33-88), DF21 only] AP(last 24)
 * ID: C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4
 * </pre>
 *
 * @param squawk four octal digits as a decimal int ({@code 7500}), see {@link Squawk}
 * @param mb the 56-bit Comm-B field (DF21), 0 for DF5
 */
public record IdentityReply(
        int df, int address, int flightStatus, int downlinkRequest, int utilityMessage, int squawk, long mb)
        implements ModeSMessage {

    static IdentityReply decode(byte[] frame, int address) {
        return new IdentityReply(
                Bits.downlinkFormat(frame),
                address,
                Bits.bits(frame, 6, 3),
                Bits.bits(frame, 9, 5),
                Bits.bits(frame, 14, 6),
                Squawk.decode(Bits.bits(frame, 20, 13)),
                frame.length == 14 ? Bits.read(frame, 33, 56) : 0L);
    }

    public boolean onGround() {
        return FlightStatus.onGround(flightStatus);
    }
}

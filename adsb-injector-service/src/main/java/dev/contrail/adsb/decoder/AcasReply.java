package dev.contrail.adsb.decoder;

/**
 * DF0 short and DF16 long air-air surveillance (ACAS) reply.
 *
 * <pre>
 * DF0:  DF(1-5) VS(6) CC(7) -(8) SL(9-11) -(12-13) RI(14-17) -(18-19) AC(20-32) AP(33-56)
 * DF16: DF(1-5) VS(6) -(7-8) SL(9-11) -(12-13) RI(14-17) -(18-19) AC(20-32) MV(33-88) AP(89-112)
 * </pre>
 *
 * @param onGround VS=1
 * @param altitudeFt barometric altitude or {@link Absent#INT}
 * @param mv the 56-bit MV field (DF16), 0 for DF0
 */
public record AcasReply(
        int df,
        int address,
        boolean onGround,
        int sensitivityLevel,
        int replyInformation,
        int altitudeFt,
        boolean metric,
        long mv)
        implements ModeSMessage {

    static AcasReply decode(byte[] frame, int address) {
        int ac = Bits.bits(frame, 20, 13);
        return new AcasReply(
                Bits.downlinkFormat(frame),
                address,
                Bits.bit(frame, 6),
                Bits.bits(frame, 9, 3),
                Bits.bits(frame, 14, 4),
                AltitudeCode.decode13(ac),
                ac != 0 && AltitudeCode.isMetric(ac),
                frame.length == 14 ? Bits.read(frame, 33, 56) : 0L);
    }

    public boolean hasAltitude() {
        return !Absent.is(altitudeFt);
    }
}

package dev.contrail.adsb.decoder;

/**
 * DF4 surveillance altitude reply and DF20 Comm-B altitude reply.
 *
 * <pre>
 * DF(1-5) FS(6-8) DR(9-13) UM(14-19) AC(20-32) [MB(33-88), DF20 only] AP(last 24)
 * FS: 0 airborne, 1 on ground, 2 alert+airborne, 3 alert+ground, 4 alert+SPI, 5 SPI
 * </pre>
 *
 * @param altitudeFt barometric altitude or {@link Absent#INT}
 * @param mb the 56-bit Comm-B field (DF20), 0 for DF4; see {@code commb.CommB}
 */
public record SurveillanceReply(
        int df,
        int address,
        int flightStatus,
        int downlinkRequest,
        int utilityMessage,
        int altitudeFt,
        boolean metric,
        long mb)
        implements ModeSMessage {

    static SurveillanceReply decode(byte[] frame, int address) {
        int ac = Bits.bits(frame, 20, 13);
        return new SurveillanceReply(
                Bits.downlinkFormat(frame),
                address,
                Bits.bits(frame, 6, 3),
                Bits.bits(frame, 9, 5),
                Bits.bits(frame, 14, 6),
                AltitudeCode.decode13(ac),
                ac != 0 && AltitudeCode.isMetric(ac),
                frame.length == 14 ? Bits.read(frame, 33, 56) : 0L);
    }

    public boolean hasAltitude() {
        return !Absent.is(altitudeFt);
    }

    public boolean onGround() {
        return FlightStatus.onGround(flightStatus);
    }
}

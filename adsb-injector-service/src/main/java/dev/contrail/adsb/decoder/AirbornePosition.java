package dev.contrail.adsb.decoder;

/**
 * Airborne position, TC 9-18 (barometric altitude) and TC 20-22 (GNSS height) (BDS 0,5).
 *
 * <pre>
 * ME: TC(1-5) SS(6-7) SAF(8) ALT(9-20) T(21) F(22) LAT-CPR(23-39) LON-CPR(40-56)
 * ALT, TC 9-18: C1 A1 C2 A2 C4 A4 B1 Q B2 D2 B4 D4 (Q=1: N*25-1000 ft; Q=0: Gillham)
 * ALT, TC 20-22: GNSS height (HAE), coded like the barometric altitude (DO-260 defines both in
 *   one paragraph; readsb and dump1090-fa agree). pyModeS reads it as metres, which is wrong.
 * SS: 0 none, 1 permanent alert, 2 temporary alert, 3 SPI
 * </pre>
 *
 * @param altitudeFt barometric altitude (TC 9-18) or GNSS height in feet (TC 20-22), or {@link
 *     Absent#INT}
 */
public record AirbornePosition(
        int typeCode,
        int surveillanceStatus,
        boolean singleAntenna,
        int altitudeFt,
        boolean gnssAltitude,
        boolean timeSynchronized,
        boolean odd,
        int cprLat,
        int cprLon)
        implements Adsb, PositionReport {

    static AirbornePosition decode(byte[] frame) {
        int tc = Bits.me(frame, 1, 5);
        return new AirbornePosition(
                tc,
                Bits.me(frame, 6, 2),
                Bits.meBit(frame, 8),
                AltitudeCode.decode12(Bits.me(frame, 9, 12)),
                tc >= 20,
                Bits.meBit(frame, 21),
                Bits.meBit(frame, 22),
                Bits.me(frame, 23, 17),
                Bits.me(frame, 40, 17));
    }

    public boolean hasAltitude() {
        return !Absent.is(altitudeFt);
    }

    /** Navigation uncertainty category for position (DO-260 version 0): 18 - TC for TC 9-18. */
    public int nucP() {
        return typeCode <= 18
                ? 18 - typeCode
                : switch (typeCode) {
                    case 20 -> 9;
                    case 21 -> 8;
                    default -> 0;
                };
    }

    @Override
    public boolean surface() {
        return false;
    }
}

package dev.contrail.adsb.decoder;

/**
 * Surface position, TC 5-8 (BDS 0,6).
 *
 * <pre>
 * ME: TC(1-5) MOV(6-12) S(13) TRK(14-20) T(21) F(22) LAT-CPR(23-39) LON-CPR(40-56)
 * MOV: 0 n/a, 1 stopped, 2-8 0.125-1 kt, 9-12 1-2 kt (0.25), 13-38 2-15 kt (0.5),
 *      39-93 15-70 kt (1), 94-108 70-100 kt (2), 109-123 100-175 kt (5), 124 &gt;= 175 kt,
 *      125-127 reserved
 * TRK: ground track, 360/128 deg, valid when S=1
 * </pre>
 *
 * @param groundSpeedKt or {@link Absent#DOUBLE}
 * @param trackDeg or {@link Absent#DOUBLE}
 */
public record SurfacePosition(
        int typeCode,
        int movement,
        double groundSpeedKt,
        double trackDeg,
        boolean timeSynchronized,
        boolean odd,
        int cprLat,
        int cprLon)
        implements Adsb, PositionReport {

    static SurfacePosition decode(byte[] frame) {
        int movement = Bits.me(frame, 6, 7);
        double track = Bits.meBit(frame, 13) ? Bits.me(frame, 14, 7) * 360.0 / 128.0 : Absent.DOUBLE;
        return new SurfacePosition(
                Bits.me(frame, 1, 5),
                movement,
                groundSpeed(movement),
                track,
                Bits.meBit(frame, 21),
                Bits.meBit(frame, 22),
                Bits.me(frame, 23, 17),
                Bits.me(frame, 40, 17));
    }

    static double groundSpeed(int mov) {
        if (mov == 0 || mov > 124) {
            return Absent.DOUBLE;
        } else if (mov == 1) {
            return 0.0;
        } else if (mov <= 8) {
            return 0.125 * (mov - 1);
        } else if (mov <= 12) {
            return 1.0 + 0.25 * (mov - 9);
        } else if (mov <= 38) {
            return 2.0 + 0.5 * (mov - 13);
        } else if (mov <= 93) {
            return 15.0 + (mov - 39);
        } else if (mov <= 108) {
            return 70.0 + 2.0 * (mov - 94);
        } else if (mov <= 123) {
            return 100.0 + 5.0 * (mov - 109);
        }
        return 175.0;
    }

    public boolean hasGroundSpeed() {
        return !Absent.is(groundSpeedKt);
    }

    public boolean hasTrack() {
        return !Absent.is(trackDeg);
    }

    @Override
    public boolean surface() {
        return true;
    }
}

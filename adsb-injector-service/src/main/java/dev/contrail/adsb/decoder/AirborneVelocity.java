package dev.contrail.adsb.decoder;

/**
 * Airborne velocity, TC 19 (BDS 0,9), subtypes 1-2 (ground speed) and 3-4 (airspeed, heading).
 *
 * <pre>
 * ME: TC(1-5) ST(6-8) IC(9) IFR(10) NUC/NACv(11-13)
 *   ST 1/2: DEW(14) VEW(15-24) DNS(25) VNS(26-35)    kt = raw-1, x4 for ST 2; DEW=1 west, DNS=1 south
 *   ST 3/4: SH(14) HDG(15-24, 360/1024 deg) T(25, 0=IAS 1=TAS) AS(26-35)  kt = raw-1, x4 for ST 4
 *   VRSRC(36, 0=GNSS 1=baro) SVR(37, 1=down) VR(38-46, (raw-1)*64 fpm) -(47-48)
 *   SDIF(49, 1=GNSS below baro) DIF(50-56, (raw-1)*25 ft)
 * raw 0 of any speed, rate or difference means "not available"
 * </pre>
 *
 * Absent values are {@link Absent#DOUBLE} / {@link Absent#INT}; never 0 kt or -64 fpm.
 */
public record AirborneVelocity(
        int subtype,
        boolean intentChange,
        int nacV,
        double groundSpeedKt,
        double trackDeg,
        double airspeedKt,
        boolean trueAirspeed,
        double headingDeg,
        int verticalRateFpm,
        boolean baroVerticalRate,
        int geoMinusBaroFt)
        implements Adsb {

    static AirborneVelocity decode(byte[] frame) {
        int st = Bits.me(frame, 6, 3);
        int factor = (st == 2 || st == 4) ? 4 : 1;
        double gs = Absent.DOUBLE;
        double track = Absent.DOUBLE;
        double airspeed = Absent.DOUBLE;
        double heading = Absent.DOUBLE;
        if (st == 1 || st == 2) {
            int ew = Bits.me(frame, 15, 10);
            int ns = Bits.me(frame, 26, 10);
            if (ew != 0 && ns != 0) {
                double vew = (ew - 1) * factor * (Bits.meBit(frame, 14) ? -1 : 1);
                double vns = (ns - 1) * factor * (Bits.meBit(frame, 25) ? -1 : 1);
                gs = Math.sqrt(vew * vew + vns * vns);
                double t = Math.toDegrees(Math.atan2(vew, vns));
                track = t < 0 ? t + 360.0 : t;
            }
        } else if (st == 3 || st == 4) {
            if (Bits.meBit(frame, 14)) {
                heading = Bits.me(frame, 15, 10) * 360.0 / 1024.0;
            }
            int as = Bits.me(frame, 26, 10);
            airspeed = as == 0 ? Absent.DOUBLE : (double) (as - 1) * factor;
        }
        int vr = Bits.me(frame, 38, 9);
        int dif = Bits.me(frame, 50, 7);
        return new AirborneVelocity(
                st,
                Bits.meBit(frame, 9),
                Bits.me(frame, 11, 3),
                gs,
                track,
                airspeed,
                Bits.meBit(frame, 25),
                heading,
                vr == 0 ? Absent.INT : (vr - 1) * 64 * (Bits.meBit(frame, 37) ? -1 : 1),
                Bits.meBit(frame, 36),
                dif == 0 ? Absent.INT : (dif - 1) * 25 * (Bits.meBit(frame, 49) ? -1 : 1));
    }

    @Override
    public int typeCode() {
        return 19;
    }

    public boolean hasGroundSpeed() {
        return !Absent.is(groundSpeedKt);
    }

    public boolean hasAirspeed() {
        return !Absent.is(airspeedKt);
    }

    public boolean hasHeading() {
        return !Absent.is(headingDeg);
    }

    public boolean hasVerticalRate() {
        return !Absent.is(verticalRateFpm);
    }

    public boolean hasGeoMinusBaro() {
        return !Absent.is(geoMinusBaroFt);
    }

    /** Only meaningful for subtypes 3/4: TAS when true, IAS when false. */
    public String airspeedType() {
        return trueAirspeed ? "TAS" : "IAS";
    }

    public String verticalRateSource() {
        return baroVerticalRate ? "BARO" : "GNSS";
    }
}

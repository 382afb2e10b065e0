package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * BDS 6,0 heading and speed report.
 *
 * <pre>
 * MB: S(1) magnetic heading(2-12, signed, 90/512 deg)  S(13) IAS(14-23, kt)
 *     S(24) Mach(25-34, 2.048/512)                       S(35) baro vertical rate(36-45, signed, 32 fpm)
 *     S(46) inertial vertical rate(47-56, signed, 32 fpm)
 * </pre>
 */
public record HeadingAndSpeed(
        double magneticHeadingDeg,
        int indicatedAirspeedKt,
        double mach,
        int baroVerticalRateFpm,
        int inertialVerticalRateFpm) {

    public static HeadingAndSpeed decode(long mb) {
        double heading = Absent.DOUBLE;
        if (Mb.flag(mb, 1)) {
            heading = Mb.signed(mb, 2, 10) * 90.0 / 512.0;
            heading = heading < 0 ? heading + 360.0 : heading;
        }
        return new HeadingAndSpeed(
                heading,
                Mb.flag(mb, 13) ? Mb.field(mb, 14, 10) : Absent.INT,
                Mb.flag(mb, 24) ? Mb.field(mb, 25, 10) * 2.048 / 512.0 : Absent.DOUBLE,
                Mb.flag(mb, 35) ? Mb.signed(mb, 36, 9) * 32 : Absent.INT,
                Mb.flag(mb, 46) ? Mb.signed(mb, 47, 9) * 32 : Absent.INT);
    }

    static boolean matches(long mb) {
        if (!Mb.statusConsistent(mb, 1, 2, 11)
                || !Mb.statusConsistent(mb, 13, 14, 10)
                || !Mb.statusConsistent(mb, 24, 25, 10)
                || !Mb.statusConsistent(mb, 35, 36, 10)
                || !Mb.statusConsistent(mb, 46, 47, 10)) {
            return false;
        }
        HeadingAndSpeed h = decode(mb);
        boolean ias = !Absent.is(h.indicatedAirspeedKt);
        boolean mach = !Absent.is(h.mach);
        boolean baro = !Absent.is(h.baroVerticalRateFpm);
        boolean inertial = !Absent.is(h.inertialVerticalRateFpm);
        return (ias || mach)
                && (!ias || (h.indicatedAirspeedKt >= 50 && h.indicatedAirspeedKt <= 500))
                && (!mach || h.mach <= 1.0)
                && (!ias || !mach || (h.indicatedAirspeedKt / h.mach >= 200 && h.indicatedAirspeedKt / h.mach <= 700))
                && (!baro || Math.abs(h.baroVerticalRateFpm) <= 6000)
                && (!inertial || Math.abs(h.inertialVerticalRateFpm) <= 6000)
                && (!baro || !inertial || Math.abs(h.baroVerticalRateFpm - h.inertialVerticalRateFpm) <= 2000);
    }
}

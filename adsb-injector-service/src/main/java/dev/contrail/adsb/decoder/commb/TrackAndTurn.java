package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * BDS 5,0 track and turn report.
 *
 * <pre>
 * MB: S(1) roll(2-11, signed, 45/256 deg)       S(12) true track(13-23, signed, 90/512 deg)
 *     S(24) ground speed(25-34, 2 kt)            S(35) track rate(36-45, signed, 8/256 deg/s)
 *     S(46) true airspeed(47-56, 2 kt)
 * </pre>
 */
public record TrackAndTurn(
        double rollDeg, double trueTrackDeg, double groundSpeedKt, double trackRateDegPerS, double trueAirspeedKt) {

    public static TrackAndTurn decode(long mb) {
        double track = Absent.DOUBLE;
        if (Mb.flag(mb, 12)) {
            track = Mb.signed(mb, 13, 10) * 90.0 / 512.0;
            track = track < 0 ? track + 360.0 : track;
        }
        return new TrackAndTurn(
                Mb.flag(mb, 1) ? Mb.signed(mb, 2, 9) * 45.0 / 256.0 : Absent.DOUBLE,
                track,
                Mb.flag(mb, 24) ? Mb.field(mb, 25, 10) * 2.0 : Absent.DOUBLE,
                Mb.flag(mb, 35) ? Mb.signed(mb, 36, 9) * 8.0 / 256.0 : Absent.DOUBLE,
                Mb.flag(mb, 46) ? Mb.field(mb, 47, 10) * 2.0 : Absent.DOUBLE);
    }

    static boolean matches(long mb) {
        if (!Mb.statusConsistent(mb, 1, 2, 10)
                || !Mb.statusConsistent(mb, 12, 13, 11)
                || !Mb.statusConsistent(mb, 24, 25, 10)
                || !Mb.statusConsistent(mb, 35, 36, 10)
                || !Mb.statusConsistent(mb, 46, 47, 10)) {
            return false;
        }
        TrackAndTurn t = decode(mb);
        boolean gs = !Absent.is(t.groundSpeedKt);
        boolean tas = !Absent.is(t.trueAirspeedKt);
        return (gs || tas)
                && (Absent.is(t.rollDeg) || Math.abs(t.rollDeg) <= 50)
                && (!gs || t.groundSpeedKt <= 600)
                && (!tas || (t.trueAirspeedKt >= 50 && t.trueAirspeedKt <= 500))
                && (!gs || !tas || Math.abs(t.groundSpeedKt - t.trueAirspeedKt) <= 200);
    }
}

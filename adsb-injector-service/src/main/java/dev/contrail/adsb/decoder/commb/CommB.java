package dev.contrail.adsb.decoder.commb;

import dev.contrail.adsb.decoder.Absent;

/**
 * Infers which register a DF20/21 Comm-B reply carries. The MB field does not say: inference checks
 * each candidate's fixed bits, status/value consistency and physical ranges. 5,0 and 6,0 are often
 * both plausible; {@link #resolve50or60} then compares them with known ground speed, track and
 * altitude. 4,4 and 4,5 are never inferred (decode them only when the register is known).
 */
public final class CommB {

    private CommB() {}

    /** Bit set of {@link Bds#bit()} values of every plausible register; 0 for an empty MB. */
    public static int candidates(long mb) {
        if (mb == 0) {
            return 0;
        }
        int c = 0;
        if (DataLinkCapability.matches(mb)) {
            c |= Bds.BDS10.bit();
        }
        if (GicbCapability.matches(mb)) {
            c |= Bds.BDS17.bit();
        }
        if (AircraftIdentification.matches(mb)) {
            c |= Bds.BDS20.bit();
        }
        if (SelectedVerticalIntention.matches(mb)) {
            c |= Bds.BDS40.bit();
        }
        if (TrackAndTurn.matches(mb)) {
            c |= Bds.BDS50.bit();
        }
        if (HeadingAndSpeed.matches(mb)) {
            c |= Bds.BDS60.bit();
        }
        return c;
    }

    /** The register when exactly one is plausible, else {@code null} (none or ambiguous). */
    public static Bds infer(long mb) {
        int c = candidates(mb);
        if (Integer.bitCount(c) != 1) {
            return null;
        }
        return Bds.values()[Integer.numberOfTrailingZeros(c)];
    }

    public static boolean isCandidate(int candidates, Bds bds) {
        return (candidates & bds.bit()) != 0;
    }

    /**
     * Chooses between 5,0 and 6,0 using a reference ground speed (kt), track (deg) and altitude (ft):
     * 5,0 gives ground speed and true track directly; 6,0 gives Mach (turned into true airspeed at
     * the reference altitude) and magnetic heading. The closer interpretation wins.
     */
    public static Bds resolve50or60(long mb, double refSpeedKt, double refTrackDeg, double refAltitudeFt) {
        TrackAndTurn t = TrackAndTurn.decode(mb);
        HeadingAndSpeed h = HeadingAndSpeed.decode(mb);
        double e50 = error(t.groundSpeedKt(), refSpeedKt, t.trueTrackDeg(), refTrackDeg);
        double tas60 = Absent.is(h.mach()) ? Absent.DOUBLE : h.mach() * speedOfSoundKt(refAltitudeFt);
        double e60 = error(tas60, refSpeedKt, h.magneticHeadingDeg(), refTrackDeg);
        return e50 <= e60 ? Bds.BDS50 : Bds.BDS60;
    }

    private static double error(double speed, double refSpeed, double angle, double refAngle) {
        double speedError = Absent.is(speed) ? 1000 : Math.abs(speed - refSpeed);
        double angleError = Absent.is(angle) ? 180 : Math.abs(((angle - refAngle) % 360 + 540) % 360 - 180);
        return speedError + angleError;
    }

    /** ISA speed of sound in knots. */
    static double speedOfSoundKt(double altitudeFt) {
        double kelvin = Math.max(216.65, 288.15 - 0.0019812 * altitudeFt);
        return 38.967854 * Math.sqrt(kelvin);
    }
}

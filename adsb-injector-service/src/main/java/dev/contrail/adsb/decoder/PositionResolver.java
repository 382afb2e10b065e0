package dev.contrail.adsb.decoder;

/**
 * Turns a CPR frame into a position using the aircraft's stored halves and references, then applies
 * the position plausibility rules:
 *
 * <ul>
 *   <li>global decoding when the other half of the same kind (airborne or surface, never mixed) is
 *       at most {@code cprPairWindowMillis} away; the newer frame (this one) decides;
 *   <li>otherwise local decoding against the aircraft's confirmed position, or the receiver;
 *   <li>a new aircraft's first fix is {@link PositionStatus#HELD} until a second fix agrees;
 *   <li>a fix implying more than the maximum speed from the last one is rejected; after {@code
 *       rejectStreakReset} rejections in a row the track restarts from the newest fix.
 * </ul>
 */
final class PositionResolver {

    /** Local decoding against an aircraft's own position only while it is this fresh. */
    private static final long LOCAL_REFERENCE_MAX_AGE = 120_000;

    private static final double SURFACE_RANGE_NM = 45;

    private final DecoderConfig config;
    private final double[] out = new double[2];
    private long frameCounter;
    /** The frames the current fix is computed from (second is 0 for a single-frame decode). */
    private long fixFrameA;

    private long fixFrameB;

    PositionResolver(DecoderConfig config) {
        this.config = config;
    }

    double lat() {
        return out[0];
    }

    double lon() {
        return out[1];
    }

    /** Resolves {@code report} for {@code s}; {@code null} means implausible (reject the message). */
    PositionStatus resolve(AircraftState s, PositionReport report, long time) {
        boolean surface = report.surface();
        boolean odd = report.odd();
        CprHalves halves = surface ? s.surface : s.airborne;
        long frame = ++frameCounter;
        halves.store(odd, report.cprLat(), report.cprLon(), time, frame);
        fixFrameA = frame;
        fixFrameB = 0;
        int status;
        boolean fromReceiver = false;
        if (halves.paired(odd, time, config.cprPairWindowMillis())) {
            fixFrameB = odd ? halves.evenFrame : halves.oddFrame;
            status = global(s, halves, surface, odd);
            if (status < 0) {
                return PositionStatus.UNRESOLVED;
            }
        } else if (s.hasPosition && s.positionConfirmed && Math.abs(time - s.positionTime) <= LOCAL_REFERENCE_MAX_AGE) {
            status = Cpr.local(surface, odd, report.cprLat(), report.cprLon(), s.lat, s.lon, out);
        } else if (config.receiver() != null) {
            Position rx = config.receiver();
            status = Cpr.local(surface, odd, report.cprLat(), report.cprLon(), rx.lat(), rx.lon(), out);
            fromReceiver = true;
        } else {
            return PositionStatus.UNRESOLVED;
        }
        if (status == Cpr.ZONE_MISMATCH) {
            return PositionStatus.ZONE_MISMATCH;
        }
        if (status != Cpr.OK || (fromReceiver && !withinReceiverRange(surface))) {
            return PositionStatus.INVALID;
        }
        return plausible(s, surface, odd, time);
    }

    /**
     * A held fix is confirmed only by an agreeing fix computed from other frames: a fix that reuses a
     * frame of the held one (the usual next pair) shares its errors, e.g. a stale half from a gap.
     * A disagreeing fix replaces the held one.
     */
    private PositionStatus confirm(AircraftState s, boolean agrees, long time) {
        if (!agrees) {
            s.position(out[0], out[1], time, false, fixFrameA, fixFrameB);
            return PositionStatus.HELD;
        }
        if (!s.independentOfHeld(fixFrameA, fixFrameB)) {
            return PositionStatus.HELD;
        }
        s.position(out[0], out[1], time, true, 0, 0);
        return PositionStatus.VALID;
    }

    private int global(AircraftState s, CprHalves h, boolean surface, boolean odd) {
        if (!surface) {
            return Cpr.globalAirborne(h.evenLat, h.evenLon, h.oddLat, h.oddLon, odd, out);
        }
        double refLat;
        double refLon;
        if (s.hasPosition) {
            refLat = s.lat;
            refLon = s.lon;
        } else if (config.receiver() != null) {
            refLat = config.receiver().lat();
            refLon = config.receiver().lon();
        } else {
            return -1;
        }
        return Cpr.globalSurface(h.evenLat, h.evenLon, h.oddLat, h.oddLon, odd, refLat, refLon, out);
    }

    private boolean withinReceiverRange(boolean surface) {
        Position rx = config.receiver();
        double range = Math.min(config.maxRangeNm(), surface ? SURFACE_RANGE_NM : 180);
        return Position.distanceNm(rx.lat(), rx.lon(), out[0], out[1]) <= range;
    }

    private PositionStatus plausible(AircraftState s, boolean surface, boolean odd, long time) {
        if (!s.hasPosition) {
            s.position(out[0], out[1], time, false, fixFrameA, fixFrameB);
            return PositionStatus.HELD;
        }
        double seconds = Math.abs(time - s.positionTime) / 1000.0;
        double maxKt = surface ? config.maxSurfaceSpeedKt() : config.maxAirborneSpeedKt();
        // one extra second absorbs timestamp resolution (CSV files have whole seconds)
        double allowedNm = maxKt * (seconds + 1.0) / 3600.0 + 0.1;
        boolean agrees = Position.distanceNm(s.lat, s.lon, out[0], out[1]) <= allowedNm;
        if (!s.positionConfirmed) {
            return confirm(s, agrees, time);
        }
        if (agrees) {
            s.position(out[0], out[1], time, true, 0, 0);
            return PositionStatus.VALID;
        }
        if (++s.positionRejects >= config.rejectStreakReset()) {
            s.position(out[0], out[1], time, false, fixFrameA, fixFrameB);
            return PositionStatus.HELD;
        }
        (surface ? s.surface : s.airborne).forget(odd);
        return null;
    }
}

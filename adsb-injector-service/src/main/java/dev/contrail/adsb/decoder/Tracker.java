package dev.contrail.adsb.decoder;

/**
 * The stateful part of decoding: per-aircraft state (CPR halves, last position, velocity and
 * altitude) and the plausibility checks on them. Keys are the 24-bit address, with bit 24 set for
 * non-ICAO (DF18 anonymous, TIS-B, ADS-R) addresses so they never merge with a real ICAO aircraft.
 */
final class Tracker {

    static final int NON_ICAO = 1 << 24;

    private final DecoderConfig config;
    private final IntMap<AircraftState> aircraft = new IntMap<>(1024);
    private final PositionResolver positions;

    Tracker(DecoderConfig config) {
        this.config = config;
        this.positions = new PositionResolver(config);
    }

    DecodeResult track(ModeSMessage message, long time, int correctedBits) {
        return switch (message) {
            case ExtendedSquitter es -> extendedSquitter(es, time, correctedBits);
            case SurveillanceReply r -> altitudeOnly(message, r.altitudeFt(), time, correctedBits);
            case AcasReply r -> altitudeOnly(message, r.altitudeFt(), time, correctedBits);
            case IdentityReply r -> accept(message, time, correctedBits);
            case AllCallReply r -> accept(message, time, correctedBits);
        };
    }

    private DecodeResult extendedSquitter(ExtendedSquitter es, long time, int correctedBits) {
        int key = es.address() | (es.addressType().isIcao() ? 0 : NON_ICAO);
        AircraftState s = state(key, time);
        return switch (es.adsb()) {
            case AirbornePosition p -> {
                if (!p.gnssAltitude() && p.hasAltitude() && !altitudePlausible(s, p.altitudeFt(), time)) {
                    yield new DecodeResult.Rejected(RejectReason.IMPLAUSIBLE_ALTITUDE, es);
                }
                yield position(es, p, s, time, correctedBits);
            }
            case SurfacePosition p -> position(es, p, s, time, correctedBits);
            case AirborneVelocity v ->
                velocityPlausible(s, v, time)
                        ? accept(es, time, correctedBits)
                        : new DecodeResult.Rejected(RejectReason.IMPLAUSIBLE_VELOCITY, es);
            case Identification i -> accept(es, time, correctedBits);
            case AircraftStatus a -> accept(es, time, correctedBits);
            case TargetState t -> accept(es, time, correctedBits);
            case OperationalStatus o -> accept(es, time, correctedBits);
            case OtherAdsb o -> accept(es, time, correctedBits);
        };
    }

    private DecodeResult position(ModeSMessage m, PositionReport p, AircraftState s, long time, int correctedBits) {
        PositionStatus status = positions.resolve(s, p, time);
        if (status == null) {
            return new DecodeResult.Rejected(RejectReason.IMPLAUSIBLE_POSITION, m);
        }
        Position at = status == PositionStatus.VALID || status == PositionStatus.HELD
                ? new Position(positions.lat(), positions.lon())
                : null;
        return new DecodeResult.Accepted(m, time, correctedBits, status, at);
    }

    private DecodeResult altitudeOnly(ModeSMessage m, int altitudeFt, long time, int correctedBits) {
        if (!Absent.is(altitudeFt) && !altitudePlausible(state(m.address(), time), altitudeFt, time)) {
            return new DecodeResult.Rejected(RejectReason.IMPLAUSIBLE_ALTITUDE, m);
        }
        return accept(m, time, correctedBits);
    }

    private static DecodeResult accept(ModeSMessage m, long time, int correctedBits) {
        return new DecodeResult.Accepted(m, time, correctedBits, PositionStatus.NONE, null);
    }

    /** Climb/descent faster than ~12,000 ft/min (plus one 300 ft step) is a ghost or a garbled reply. */
    private boolean altitudePlausible(AircraftState s, int feet, long time) {
        if (s.hasAltitude) {
            double minutes = (Math.abs(time - s.altitudeTime) + 1000) / 60_000.0;
            if (Math.abs(feet - s.altitude) > 300 + 12_000 * minutes
                    && ++s.altitudeRejects < config.rejectStreakReset()) {
                return false;
            }
        }
        s.altitude(feet, time);
        return true;
    }

    /**
     * Ground-speed velocity (subtypes 1/2) must not jump: at most 10 kt + 8 kt/s, and above 50 kt the
     * track may turn at most 15 deg + 10 deg/s. Airspeed subtypes are not checked.
     */
    private boolean velocityPlausible(AircraftState s, AirborneVelocity v, long time) {
        if (!v.hasGroundSpeed()) {
            return true;
        }
        if (s.hasVelocity) {
            double seconds = Math.abs(time - s.velocityTime) / 1000.0;
            double turn = Math.abs(Cpr.normalize(v.trackDeg() - s.track));
            boolean speedJump = Math.abs(v.groundSpeedKt() - s.groundSpeed) > 10 + 8 * seconds;
            boolean turnJump = v.groundSpeedKt() > 50 && s.groundSpeed > 50 && turn > 15 + 10 * seconds;
            if ((speedJump || turnJump) && ++s.velocityRejects < config.rejectStreakReset()) {
                return false;
            }
        }
        s.velocity(v.groundSpeedKt(), v.trackDeg(), time);
        return true;
    }

    private AircraftState state(int key, long time) {
        AircraftState s = aircraft.get(key);
        if (s == null) {
            s = new AircraftState();
            aircraft.put(key, s);
        }
        s.lastSeen = Math.max(s.lastSeen, time);
        return s;
    }

    void expire(long time) {
        aircraft.retain(s -> time - s.lastSeen <= config.aircraftTtlMillis());
    }

    int size() {
        return aircraft.size();
    }
}

package dev.contrail.adsb.events;

import dev.contrail.adsb.decoder.AirbornePosition;
import dev.contrail.adsb.decoder.AirborneVelocity;
import dev.contrail.adsb.decoder.AircraftStatus;
import dev.contrail.adsb.decoder.DecodeResult;
import dev.contrail.adsb.decoder.Emergency;
import dev.contrail.adsb.decoder.ExtendedSquitter;
import dev.contrail.adsb.decoder.Identification;
import dev.contrail.adsb.decoder.IdentityReply;
import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.decoder.Squawk;
import dev.contrail.adsb.decoder.SurfacePosition;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.aircraft.AircraftObservation.VelocityReported;

/**
 * Turns an accepted decoder result into at most one observation (one frame, one fact). Messages
 * that state no published fact (DF11, DF4/20 altitude, operational status, target state, ...) give
 * {@code null}, as do non-ICAO addresses: the events key aircraft by ICAO address, so TIS-B track
 * numbers and anonymous DF18 addresses must never be published as one.
 */
public final class ObservationMapper {

    private ObservationMapper() {}

    public static AircraftObservation map(DecodeResult.Accepted accepted) {
        return switch (accepted.message()) {
            case ExtendedSquitter es when es.addressType().isIcao() -> adsb(icao(es.address()), es, accepted);
            case IdentityReply r -> new SquawkReceived(icao(r.address()), Squawk.format(r.squawk()));
            default -> null;
        };
    }

    private static AircraftObservation adsb(String icao, ExtendedSquitter es, DecodeResult.Accepted accepted) {
        Position at = accepted.validPosition();
        return switch (es.adsb()) {
            case Identification i -> identified(icao, i);
            case AirbornePosition p
            when at != null ->
                new PositionReported(
                        icao,
                        round(at.lat(), 6),
                        round(at.lon(), 6),
                        p.hasAltitude() ? p.altitudeFt() : null,
                        p.gnssAltitude() ? "gnss" : "barometric",
                        false);
            case SurfacePosition p
            when at != null ->
                new PositionReported(icao, round(at.lat(), 6), round(at.lon(), 6), null, "barometric", true);
            case AirborneVelocity v -> velocity(icao, v);
            case AircraftStatus s
            when s.subtype() == 1 && s.emergency() != Emergency.RESERVED && s.hasSquawk() ->
                new EmergencyStatusReported(icao, s.emergency().label(), Squawk.format(s.squawk()));
            default -> null;
        };
    }

    private static AircraftIdentified identified(String icao, Identification i) {
        String callsign = i.callsign();
        // '#' marks a code outside the ICAO character set: a garbled or unset identification
        if (callsign.isBlank() || callsign.indexOf('#') >= 0) {
            return null;
        }
        return new AircraftIdentified(icao, callsign, i.emitterCategory());
    }

    private static VelocityReported velocity(String icao, AirborneVelocity v) {
        if (v.subtype() < 1 || v.subtype() > 4) {
            return null; // reserved subtypes have no defined layout
        }
        boolean groundSpeed = v.subtype() <= 2 && v.hasGroundSpeed();
        boolean airspeed = v.subtype() >= 3 && v.hasAirspeed();
        boolean heading = v.subtype() >= 3 && v.hasHeading();
        if (!groundSpeed && !airspeed && !heading && !v.hasVerticalRate()) {
            return null;
        }
        return new VelocityReported(
                icao,
                groundSpeed ? round(v.groundSpeedKt(), 1) : null,
                groundSpeed ? angle(v.trackDeg()) : null,
                airspeed ? v.airspeedKt() : null,
                airspeed ? (v.trueAirspeed() ? "tas" : "ias") : null,
                heading ? angle(v.headingDeg()) : null,
                v.hasVerticalRate() ? v.verticalRateFpm() : null,
                v.hasVerticalRate() ? (v.baroVerticalRate() ? "barometric" : "gnss") : null);
    }

    /** The registered type name of an observation. */
    public static String typeOf(AircraftObservation observation) {
        return switch (observation) {
            case AircraftIdentified a -> FlightsEvents.AIRCRAFT_IDENTIFIED;
            case SquawkReceived s -> FlightsEvents.SQUAWK_RECEIVED;
            case PositionReported p -> FlightsEvents.POSITION_REPORTED;
            case VelocityReported v -> FlightsEvents.VELOCITY_REPORTED;
            case EmergencyStatusReported e -> FlightsEvents.EMERGENCY_STATUS_REPORTED;
        };
    }

    /** Six upper-case hex digits, the form every consumer keys aircraft by. */
    public static String icao(int address) {
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = Character.toUpperCase(Character.forDigit(address & 0xF, 16));
            address >>>= 4;
        }
        return new String(out);
    }

    /** Angles to 2 decimals in [0, 360): rounding 359.999 must not give 360. */
    private static double angle(double degrees) {
        double r = round(degrees, 2);
        return r >= 360.0 ? r - 360.0 : r;
    }

    /**
     * Decimal rounding: the decoded values carry far more digits than the data's resolution (CPR: ~5
     * m, i.e. 5 decimals of a degree); fewer digits keep the events short and stable.
     */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

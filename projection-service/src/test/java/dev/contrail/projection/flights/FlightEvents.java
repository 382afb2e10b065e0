package dev.contrail.projection.flights;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.flights.FlightsEvents;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recorded flights events shaped as flight-events.md describes them, numbered as the log would
 * number them: each new event gets the next global position and its stream's next version.
 */
final class FlightEvents {

    /** Far from anything another test class of this database uses. */
    private static final AtomicLong POSITIONS = new AtomicLong(1_000_000);

    private final Map<String, Long> versions = new HashMap<>();

    RecordedEvent<String> identified(String icao, Instant at, String callsign, String category) {
        return aircraft(
                FlightsEvents.AIRCRAFT_IDENTIFIED,
                icao,
                at,
                "{\"icao_address\":\"%s\",\"callsign\":\"%s\",\"emitter_category\":\"%s\"}"
                        .formatted(icao, callsign, category));
    }

    RecordedEvent<String> squawk(String icao, Instant at, String code) {
        return aircraft(
                FlightsEvents.SQUAWK_RECEIVED,
                icao,
                at,
                "{\"icao_address\":\"%s\",\"squawk\":\"%s\"}".formatted(icao, code));
    }

    /** An airborne position with a barometric altitude, or on the ground when {@code altitudeFt} is null. */
    RecordedEvent<String> position(String icao, Instant at, double lat, double lon, Integer altitudeFt) {
        return aircraft(
                FlightsEvents.POSITION_REPORTED,
                icao,
                at,
                ("{\"icao_address\":\"%s\",\"latitude\":%s,\"longitude\":%s,\"altitude_ft\":%s,"
                                + "\"altitude_source\":\"barometric\",\"on_ground\":%s}")
                        .formatted(icao, lat, lon, altitudeFt, altitudeFt == null));
    }

    RecordedEvent<String> velocity(String icao, Instant at, double groundSpeedKt, double trackDeg, int rateFpm) {
        return aircraft(
                FlightsEvents.VELOCITY_REPORTED,
                icao,
                at,
                ("{\"icao_address\":\"%s\",\"ground_speed_kt\":%s,\"track_deg\":%s,\"airspeed_kt\":null,"
                                + "\"airspeed_type\":null,\"heading_deg\":null,\"vertical_rate_fpm\":%s,"
                                + "\"vertical_rate_source\":\"barometric\"}")
                        .formatted(icao, groundSpeedKt, trackDeg, rateFpm));
    }

    RecordedEvent<String> emergencyStatus(String icao, Instant at, String emergency, String squawk) {
        return aircraft(
                FlightsEvents.EMERGENCY_STATUS_REPORTED,
                icao,
                at,
                "{\"icao_address\":\"%s\",\"emergency\":\"%s\",\"squawk\":\"%s\"}".formatted(icao, emergency, squawk));
    }

    static String flightId(String icao, Instant firstSeen) {
        return icao + "-" + firstSeen.getEpochSecond();
    }

    RecordedEvent<String> opened(String icao, Instant firstSeen) {
        return aircraft(
                FlightsEvents.FLIGHT_OPENED,
                icao,
                firstSeen,
                "{\"icao_address\":\"%s\",\"flight_id\":\"%s\",\"first_seen\":\"%s\"}"
                        .formatted(icao, flightId(icao, firstSeen), firstSeen));
    }

    /** The closing summary; {@code at} is the time of the observation or tick that closed it. */
    RecordedEvent<String> closed(
            String icao,
            Instant at,
            String reason,
            Instant firstSeen,
            Instant lastSeen,
            List<String> callsigns,
            Integer maxAltitudeFt,
            double distanceNm,
            long messages) {
        String names =
                String.join(",", callsigns.stream().map(c -> "\"" + c + "\"").toList());
        return aircraft(
                FlightsEvents.FLIGHT_CLOSED,
                icao,
                at,
                ("{\"icao_address\":\"%s\",\"flight_id\":\"%s\",\"reason\":\"%s\",\"first_seen\":\"%s\","
                                + "\"last_seen\":\"%s\",\"callsigns\":[%s],\"max_altitude_ft\":%s,\"distance_nm\":%s,"
                                + "\"message_count\":%s,\"message_counts\":{\"identifications\":0,\"squawks\":0,"
                                + "\"positions\":%s,\"velocities\":0,\"emergency_statuses\":0}}")
                        .formatted(
                                icao,
                                flightId(icao, firstSeen),
                                reason,
                                firstSeen,
                                lastSeen,
                                names,
                                maxAltitudeFt,
                                distanceNm,
                                messages,
                                messages));
    }

    RecordedEvent<String> declared(String icao, Instant at, Instant flightFirstSeen, String emergency, String squawk) {
        return aircraft(
                FlightsEvents.EMERGENCY_DECLARED,
                icao,
                at,
                "{\"icao_address\":\"%s\",\"flight_id\":\"%s\",\"emergency\":\"%s\",\"squawk\":%s}"
                        .formatted(
                                icao,
                                flightId(icao, flightFirstSeen),
                                emergency,
                                squawk == null ? "null" : "\"" + squawk + "\""));
    }

    RecordedEvent<String> cleared(String icao, Instant at, Instant flightFirstSeen, String emergency) {
        return aircraft(
                FlightsEvents.EMERGENCY_CLEARED,
                icao,
                at,
                "{\"icao_address\":\"%s\",\"flight_id\":\"%s\",\"emergency\":\"%s\"}"
                        .formatted(icao, flightId(icao, flightFirstSeen), emergency));
    }

    /** A type this projection has never heard of, on an aircraft's stream. */
    RecordedEvent<String> unknown(String icao, Instant at) {
        return aircraft(
                "contrail.flights.transponder_tested.v1", icao, at, "{\"icao_address\":\"%s\"}".formatted(icao));
    }

    RecordedEvent<String> tick(Instant at) {
        return recorded(
                "flights-cleanup", FlightsEvents.CLEANUP_INTERVAL_ELAPSED, "cleanup", at, "{\"interval_s\":60}");
    }

    private RecordedEvent<String> aircraft(String type, String icao, Instant at, String data) {
        return recorded("aircraft-" + icao, type, icao, at, data);
    }

    private RecordedEvent<String> recorded(String stream, String type, String subject, Instant at, String data) {
        long version = versions.merge(stream, 1L, Long::sum);
        var envelope =
                new EventEnvelope<>(UUID.randomUUID(), "contrail/adsb-injector/test", type, subject, at, data, null);
        return new RecordedEvent<>(envelope, stream, version, POSITIONS.incrementAndGet());
    }
}

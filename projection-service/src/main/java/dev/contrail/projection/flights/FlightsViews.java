package dev.contrail.projection.flights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the flights endpoints answer. */
final class FlightsViews {

    private FlightsViews() {}

    record Aircraft(
            String icao,
            String callsign,
            String category,
            String squawk,
            String emergency,
            Double latitude,
            Double longitude,
            Integer altitudeBaroFt,
            Integer altitudeGeomFt,
            boolean onGround,
            Double groundSpeedKt,
            Double trackDeg,
            Integer baroRateFpm,
            Integer geomRateFpm,
            Instant lastPositionTime,
            Instant lastSeen,
            long messages,
            String flightId) {}

    record Point(Instant time, double latitude, double longitude, Integer altitudeFt, boolean onGround) {}

    record Flight(
            String flightId,
            String icao,
            Instant firstSeen,
            Instant lastSeen,
            boolean closed,
            String reason,
            List<String> callsigns,
            Integer maxAltitudeFt,
            Double distanceNm,
            long messageCount) {}

    record Entry(String member, double score) {}

    record Leaderboard(String name, LocalDate date, List<Entry> entries) {}

    static Aircraft aircraft(AircraftState a) {
        return new Aircraft(
                a.icao,
                a.callsign,
                a.category,
                a.squawk,
                a.emergency,
                a.lat,
                a.lon,
                a.altBaro,
                a.altGeom,
                a.onGround,
                a.gs,
                a.track,
                a.baroRate,
                a.geomRate,
                a.lastPositionTime,
                a.lastSeen,
                a.messages,
                a.flightId);
    }

    static Point point(TrackPoint p) {
        return new Point(p.time, p.lat, p.lon, p.altitudeFt, p.onGround);
    }

    static Flight flight(FlightRecord f) {
        return new Flight(
                f.flightId,
                f.icao,
                f.firstSeen,
                f.lastSeen,
                f.closed,
                f.reason,
                f.callsignList(),
                f.maxAltitudeFt,
                f.distanceNm,
                f.messageCount);
    }
}

package dev.contrail.flights.track;

import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.track.FlightTrackEvent.FlightClosed;
import dev.contrail.flights.track.FlightTrackEvent.MessageCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a flight track remembers of the open flight: enough for its summary and its emergencies. */
record OpenFlight(
        String icaoAddress,
        String flightId,
        Instant firstSeen,
        Instant lastSeen,
        List<String> callsigns,
        Integer maxAltitudeFt,
        double[] lastPosition,
        double distanceNm,
        MessageCounts counts,
        String squawk,
        String reportedEmergency) {

    private static final double EARTH_RADIUS_NM = 3440.065;

    static OpenFlight opened(String icaoAddress, String flightId, Instant firstSeen) {
        return new OpenFlight(
                icaoAddress,
                flightId,
                firstSeen,
                firstSeen,
                List.of(),
                null,
                null,
                0,
                MessageCounts.NONE,
                null,
                "none");
    }

    OpenFlight observed(Instant at, AircraftObservation observation) {
        List<String> nextCallsigns = callsigns;
        Integer nextMaxAltitude = maxAltitudeFt;
        double[] nextPosition = lastPosition;
        double nextDistance = distanceNm;
        String nextSquawk = squawk;
        String nextEmergency = reportedEmergency;
        switch (observation) {
            case AircraftIdentified identified
            when !callsigns.contains(identified.callsign()) -> {
                nextCallsigns = new ArrayList<>(callsigns);
                nextCallsigns.add(identified.callsign());
                nextCallsigns = List.copyOf(nextCallsigns);
            }
            case PositionReported p -> {
                if (p.altitudeFt() != null && (maxAltitudeFt == null || p.altitudeFt() > maxAltitudeFt)) {
                    nextMaxAltitude = p.altitudeFt();
                }
                if (lastPosition != null) {
                    nextDistance += greatCircleNm(lastPosition[0], lastPosition[1], p.latitude(), p.longitude());
                }
                nextPosition = new double[] {p.latitude(), p.longitude()};
            }
            case SquawkReceived s -> nextSquawk = s.squawk();
            case EmergencyStatusReported e -> {
                nextSquawk = e.squawk();
                nextEmergency = e.emergency();
            }
            default -> {}
        }
        return new OpenFlight(
                icaoAddress,
                flightId,
                firstSeen,
                at.isAfter(lastSeen) ? at : lastSeen,
                nextCallsigns,
                nextMaxAltitude,
                nextPosition,
                nextDistance,
                counts.plus(observation),
                nextSquawk,
                nextEmergency);
    }

    /**
     * The emergency in force: the reported emergency/priority status, or else what the squawk
     * means; {@code none} otherwise.
     */
    String effectiveEmergency() {
        if (!"none".equals(reportedEmergency)) {
            return reportedEmergency;
        }
        return switch (squawk == null ? "" : squawk) {
            case "7500" -> "unlawful";
            case "7600" -> "nordo";
            case "7700" -> "general";
            default -> "none";
        };
    }

    FlightClosed closed(String reason) {
        return new FlightClosed(
                icaoAddress,
                flightId,
                reason,
                firstSeen,
                lastSeen,
                callsigns,
                maxAltitudeFt,
                Math.round(distanceNm * 1000) / 1000.0,
                counts.total(),
                counts);
    }

    /** Haversine distance on a sphere of the earth's mean radius, in nautical miles. */
    static double greatCircleNm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}

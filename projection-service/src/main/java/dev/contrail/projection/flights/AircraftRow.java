package dev.contrail.projection.flights;

import dev.contrail.flights.FlightsEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One aircraft's row of the current picture while a poll is applied: the events of the poll are
 * folded into it in log order, then it is written once. Fields newer in event time win, so a late
 * frame does not move an aircraft back.
 */
final class AircraftRow {

    /** What the aircraft reported: each counts as a message. */
    static final Set<String> OBSERVATIONS = Set.of(
            FlightsEvents.AIRCRAFT_IDENTIFIED,
            FlightsEvents.SQUAWK_RECEIVED,
            FlightsEvents.POSITION_REPORTED,
            FlightsEvents.VELOCITY_REPORTED,
            FlightsEvents.EMERGENCY_STATUS_REPORTED);

    /** What the flight track decided from the observations. */
    static final Set<String> DECISIONS = Set.of(
            FlightsEvents.FLIGHT_OPENED,
            FlightsEvents.FLIGHT_CLOSED,
            FlightsEvents.EMERGENCY_DECLARED,
            FlightsEvents.EMERGENCY_CLEARED);

    final String icao;
    String callsign;
    String category;
    String squawk;
    String emergency = "none";
    Double lat;
    Double lon;
    Integer altBaro;
    Integer altGeom;
    boolean onGround;
    Double gs;
    Double track;
    Double ias;
    Double tas;
    Double magHeading;
    Integer baroRate;
    Integer geomRate;
    Instant lastPositionTime;
    Instant lastSeen;
    Instant lastEventTime;
    long messages;
    String flightId;
    Instant flightFirstSeen;
    LocalDate day;
    long messagesOnDay;
    Integer maxAltitudeOnDay;
    long position;

    /** Final leaderboard values of days this aircraft left behind while the poll was applied. */
    final List<DayTotals> finishedDays = new ArrayList<>();

    AircraftRow(String icao) {
        this.icao = icao;
    }

    /**
     * The aircraft's standing on one UTC day: its messages, highest altitude and (while a flight is
     * open) that flight and how long it has lasted. Kept when the day rolls over inside a poll, so the
     * day's leaderboards end with the same values however the log was cut into polls.
     */
    record DayTotals(LocalDate day, long messages, Integer maxAltitudeFt, String flightId, Long flightSeconds) {}

    DayTotals today() {
        Long seconds = flightId == null || flightFirstSeen == null || lastSeen == null
                ? null
                : Math.max(0, Duration.between(flightFirstSeen, lastSeen).toSeconds());
        return new DayTotals(day, messagesOnDay, maxAltitudeOnDay, flightId, seconds);
    }

    static boolean isKnown(String type) {
        return OBSERVATIONS.contains(type) || DECISIONS.contains(type);
    }

    /** A position the event reported, to keep as a track point; null for other events. */
    record TrackPoint(
            long globalPosition,
            String icao,
            Instant time,
            double lat,
            double lon,
            Integer altitudeFt,
            boolean onGround) {}

    /** Folds one event in; returns the track point it adds, if any. Unknown types change nothing. */
    TrackPoint apply(String type, JsonNode data, Instant time, long globalPosition) {
        if (!isKnown(type)) {
            return null;
        }
        position = globalPosition;
        if (lastEventTime == null || time.isAfter(lastEventTime)) {
            lastEventTime = time;
        }
        switch (type) {
            case FlightsEvents.FLIGHT_OPENED -> {
                flightId = data.get("flight_id").asString();
                flightFirstSeen = Instant.parse(data.get("first_seen").asString());
            }
            case FlightsEvents.FLIGHT_CLOSED -> {
                // the next flight starts without an emergency, as the flight track decides it
                flightId = null;
                flightFirstSeen = null;
                emergency = "none";
            }
            case FlightsEvents.EMERGENCY_DECLARED ->
                emergency = data.get("emergency").asString();
            case FlightsEvents.EMERGENCY_CLEARED -> emergency = "none";
            default -> {
                return observed(type, data, time, globalPosition);
            }
        }
        return null;
    }

    private TrackPoint observed(String type, JsonNode data, Instant time, long globalPosition) {
        count(time);
        boolean newest = lastSeen == null || !time.isBefore(lastSeen);
        if (newest) {
            lastSeen = time;
        }
        switch (type) {
            case FlightsEvents.AIRCRAFT_IDENTIFIED -> {
                callsign = data.get("callsign").asString();
                category = data.get("emitter_category").asString();
            }
            case FlightsEvents.SQUAWK_RECEIVED, FlightsEvents.EMERGENCY_STATUS_REPORTED ->
                squawk = data.get("squawk").asString();
            case FlightsEvents.VELOCITY_REPORTED -> {
                if (newest) {
                    velocity(data);
                }
            }
            case FlightsEvents.POSITION_REPORTED -> {
                return position(data, time, globalPosition);
            }
            default -> {}
        }
        return null;
    }

    private TrackPoint position(JsonNode data, Instant time, long globalPosition) {
        double latitude = data.get("latitude").asDouble();
        double longitude = data.get("longitude").asDouble();
        Integer altitude = integer(data, "altitude_ft");
        boolean ground = data.get("on_ground").asBoolean();
        if (altitude != null
                && time.atZone(ZoneOffset.UTC).toLocalDate().equals(day)
                && (maxAltitudeOnDay == null || altitude > maxAltitudeOnDay)) {
            maxAltitudeOnDay = altitude;
        }
        if (lastPositionTime == null || !time.isBefore(lastPositionTime)) {
            lastPositionTime = time;
            lat = latitude;
            lon = longitude;
            onGround = ground;
            if ("gnss".equals(data.get("altitude_source").asString())) {
                altGeom = altitude;
            } else {
                altBaro = altitude;
            }
        }
        return new TrackPoint(globalPosition, icao, time, latitude, longitude, altitude, ground);
    }

    private void velocity(JsonNode data) {
        gs = decimal(data, "ground_speed_kt");
        track = decimal(data, "track_deg");
        Double airspeed = decimal(data, "airspeed_kt");
        String airspeedType = data.path("airspeed_type").asString(null);
        ias = "ias".equals(airspeedType) ? airspeed : null;
        tas = "tas".equals(airspeedType) ? airspeed : null;
        magHeading = decimal(data, "heading_deg");
        Integer rate = integer(data, "vertical_rate_fpm");
        boolean gnss = "gnss".equals(data.path("vertical_rate_source").asString(null));
        baroRate = gnss ? null : rate;
        geomRate = gnss ? rate : null;
    }

    /** Message counts per UTC day of event time, for the "most messages today" leaderboard. */
    private void count(Instant time) {
        messages++;
        LocalDate eventDay = time.atZone(ZoneOffset.UTC).toLocalDate();
        if (day == null || eventDay.isAfter(day)) {
            if (day != null) {
                finishedDays.add(today());
            }
            day = eventDay;
            messagesOnDay = 0;
            maxAltitudeOnDay = null;
        }
        if (eventDay.equals(day)) {
            messagesOnDay++;
        }
    }

    private static Double decimal(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static Integer integer(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}

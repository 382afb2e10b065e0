package dev.contrail.projection.flights;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.FlightsEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What one poll changes, folded in log order before anything is written: the final row of each
 * aircraft it touches, the flights opened or closed, the messages added to open flights, the
 * positions to keep as track points, and the newest event time it carries.
 */
final class PollChanges {

    final Map<String, AircraftRow> rows;
    final Map<String, AircraftTables.FlightRow> flights = new LinkedHashMap<>();
    final Map<String, long[]> openFlightTouches = new HashMap<>();
    final List<AircraftRow.TrackPoint> points = new ArrayList<>();
    /** Aircraft whose flight ended in this poll and did not start another: they leave the live picture. */
    final Set<String> landed = new LinkedHashSet<>();

    Instant newestEventTime;
    long messages;

    PollChanges(Map<String, AircraftRow> loaded) {
        this.rows = new LinkedHashMap<>(loaded);
    }

    /** Events of an aircraft stream this projection knows; cleanup ticks only move the clock. */
    static boolean concernsAircraft(RecordedEvent<String> event) {
        return event.streamId().startsWith("aircraft-") && AircraftRow.isKnown(event.type());
    }

    void apply(RecordedEvent<String> event) {
        if (event.type().equals(FlightsEvents.CLEANUP_INTERVAL_ELAPSED)) {
            seen(event.time());
            return;
        }
        if (!concernsAircraft(event)) {
            return;
        }
        seen(event.time());
        String icao = event.envelope().subject();
        AircraftRow row = rows.computeIfAbsent(icao, AircraftRow::new);
        JsonNode data = EventJson.mapper().readTree(event.data());
        AircraftRow.TrackPoint point = row.apply(event.type(), data, event.time(), event.globalPosition());
        if (point != null) {
            points.add(point);
        }
        switch (event.type()) {
            case FlightsEvents.FLIGHT_OPENED -> {
                flights.put(row.flightId, opened(icao, data));
                landed.remove(icao);
            }
            case FlightsEvents.FLIGHT_CLOSED -> {
                flights.put(data.get("flight_id").asString(), closed(icao, data));
                landed.add(icao);
            }
            default -> {
                if (AircraftRow.OBSERVATIONS.contains(event.type())) {
                    observed(row, event.time());
                }
            }
        }
    }

    private void observed(AircraftRow row, Instant time) {
        messages++;
        if (row.flightId != null) {
            long[] touch = openFlightTouches.computeIfAbsent(row.flightId, id -> new long[2]);
            touch[0]++;
            touch[1] = Math.max(touch[1], time.toEpochMilli());
        }
    }

    private void seen(Instant time) {
        if (newestEventTime == null || time.isAfter(newestEventTime)) {
            newestEventTime = time;
        }
    }

    Collection<AircraftTables.FlightRow> closedFlights() {
        return flights.values().stream()
                .filter(AircraftTables.FlightRow::closed)
                .toList();
    }

    private static AircraftTables.FlightRow opened(String icao, JsonNode data) {
        Instant first = Instant.parse(data.get("first_seen").asString());
        return new AircraftTables.FlightRow(
                data.get("flight_id").asString(), icao, first, first, false, null, "", null, null, 0);
    }

    private static AircraftTables.FlightRow closed(String icao, JsonNode data) {
        List<String> callsigns = new ArrayList<>();
        data.get("callsigns").forEach(c -> callsigns.add(c.asString()));
        JsonNode maxAltitude = data.get("max_altitude_ft");
        return new AircraftTables.FlightRow(
                data.get("flight_id").asString(),
                icao,
                Instant.parse(data.get("first_seen").asString()),
                Instant.parse(data.get("last_seen").asString()),
                true,
                data.get("reason").asString(),
                String.join(",", callsigns),
                maxAltitude == null || maxAltitude.isNull() ? null : maxAltitude.asInt(),
                data.get("distance_nm").asDouble(),
                data.get("message_count").asLong());
    }
}

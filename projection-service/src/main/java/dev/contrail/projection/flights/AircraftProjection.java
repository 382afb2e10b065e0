package dev.contrail.projection.flights;

import dev.contrail.core.event.RecordedEvent;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.messaging.EventHandler;
import dev.contrail.messaging.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * The flights-aircraft projection: the current picture of every aircraft, its flights and track
 * points in PostgreSQL, and the live picture in Redis. A poll is applied as a batch — each
 * aircraft it touches is read once, folded through the poll's events and written once — inside
 * the subscriber's transaction; Redis follows after the commit.
 */
final class AircraftProjection implements EventHandler {

    static final String SUBSCRIPTION = "flights-aircraft";
    private static final Logger log = LoggerFactory.getLogger(AircraftProjection.class);

    private final AircraftTables tables;
    private final LivePicture live;

    AircraftProjection(AircraftTables tables, LivePicture live) {
        this.tables = tables;
        this.live = live;
    }

    Subscription subscription() {
        return new Subscription(SUBSCRIPTION, FlightsEvents.CONTEXT, this);
    }

    @Override
    public void handle(RecordedEvent<String> event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<RecordedEvent<String>> events) {
        List<RecordedEvent<String>> aircraftEvents = events.stream()
                .filter(e -> e.streamId().startsWith("aircraft-"))
                .toList();
        if (aircraftEvents.isEmpty()) {
            return;
        }
        Set<String> icaos = new LinkedHashSet<>();
        aircraftEvents.forEach(e -> icaos.add(e.envelope().subject()));
        Map<String, AircraftRow> rows = new LinkedHashMap<>(tables.load(icaos));
        Map<String, AircraftTables.FlightRow> flights = new LinkedHashMap<>();
        Map<String, long[]> openFlightTouches = new HashMap<>();
        List<AircraftRow.TrackPoint> points = new ArrayList<>();
        Set<String> landed = new LinkedHashSet<>();
        for (RecordedEvent<String> event : aircraftEvents) {
            String icao = event.envelope().subject();
            AircraftRow row = rows.computeIfAbsent(icao, AircraftRow::new);
            JsonNode data = EventJson.mapper().readTree(event.data());
            String flightBefore = row.flightId;
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
                    if (flightBefore != null && row.flightId != null && !isDecided(event.type())) {
                        long[] touch = openFlightTouches.computeIfAbsent(row.flightId, id -> new long[2]);
                        touch[0]++;
                        touch[1] = Math.max(touch[1], event.time().toEpochMilli());
                    }
                }
            }
        }
        tables.save(rows.values());
        tables.addTrackPoints(points);
        tables.saveFlights(flights.values());
        tables.touchOpenFlights(openFlightTouches);
        List<AircraftRow> flying =
                rows.values().stream().filter(r -> !landed.contains(r.icao)).toList();
        List<AircraftTables.FlightRow> closedFlights = flights.values().stream()
                .filter(AircraftTables.FlightRow::closed)
                .toList();
        afterCommit(() -> {
            try {
                live.write(flying, landed, closedFlights);
            } catch (RuntimeException e) {
                // The read model is committed; Redis catches up with the aircraft's next update.
                log.warn("live picture in Redis not updated for {} aircraft: {}", rows.size(), e.toString());
            }
        });
    }

    private static boolean isDecided(String type) {
        return type.equals(FlightsEvents.EMERGENCY_DECLARED) || type.equals(FlightsEvents.EMERGENCY_CLEARED);
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
                maxAltitude.isNull() ? null : maxAltitude.asInt(),
                data.get("distance_nm").asDouble(),
                data.get("message_count").asLong());
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @Override
    public void reset() {
        tables.clear();
        live.clear();
    }
}

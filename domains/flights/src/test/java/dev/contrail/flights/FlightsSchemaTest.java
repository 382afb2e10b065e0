package dev.contrail.flights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.testing.SchemaLock;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.aircraft.AircraftObservation.VelocityReported;
import dev.contrail.flights.track.CleanupIntervalElapsed;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyCleared;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyDeclared;
import dev.contrail.flights.track.FlightTrackEvent.FlightClosed;
import dev.contrail.flights.track.FlightTrackEvent.FlightOpened;
import dev.contrail.flights.track.FlightTrackEvent.MessageCounts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FlightsSchemaTest {

    private final EventTypeRegistry registry = new EventTypeRegistry(FlightsEvents.TYPES);

    @Test
    void published_schemas_never_change() {
        SchemaLock.assertUnchanged(registry, "/schema.lock");
    }

    @Test
    void every_observation_round_trips_through_its_schema_in_snake_case() {
        List<AircraftObservation> events = List.of(
                new AircraftIdentified("4840D6", "KLM1023", "A0"),
                new SquawkReceived("4840D6", "7700"),
                new PositionReported("40621D", 52.25720, 3.91937, 38000, "barometric", false),
                new PositionReported("40621D", 51.99, 4.37, null, "barometric", true),
                new VelocityReported("485020", 159.2, 182.88, null, null, null, -832, "gnss"),
                new VelocityReported("A05F21", null, null, 375.0, "tas", 243.98, -2304, "barometric"),
                new EmergencyStatusReported("A05F21", "minfuel", "7700"));
        for (AircraftObservation event : events) {
            String type = registry.typeOf(event).name();
            String json = registry.encode(type, event);
            assertThat((AircraftObservation) registry.decode(type, json)).isEqualTo(event);
        }
        assertThat(registry.encode(FlightsEvents.POSITION_REPORTED, events.get(3)))
                .isEqualTo("{\"icao_address\":\"40621D\",\"latitude\":51.99,\"longitude\":4.37,"
                        + "\"altitude_ft\":null,\"altitude_source\":\"barometric\",\"on_ground\":true}");
    }

    @Test
    void every_decided_fact_round_trips_through_its_schema_in_snake_case() {
        Instant first = Instant.parse("2026-11-24T03:34:25.123456Z");
        List<Object> events = List.of(
                new FlightOpened("4840D6", "4840D6-1795491265", first),
                new FlightClosed(
                        "4840D6",
                        "4840D6-1795491265",
                        "silence",
                        first,
                        first.plusSeconds(3600),
                        List.of("KLM1023"),
                        37000,
                        412.7,
                        5123,
                        new MessageCounts(10, 20, 3000, 2090, 3)),
                new FlightClosed(
                        "4840D6",
                        "4840D6-1",
                        "cleanup",
                        first,
                        first,
                        List.of(),
                        null,
                        0,
                        1,
                        new MessageCounts(0, 1, 0, 0, 0)),
                new EmergencyDeclared("4840D6", "4840D6-1", "general", "7700"),
                new EmergencyDeclared("4840D6", "4840D6-1", "downed", null),
                new EmergencyCleared("4840D6", "4840D6-1", "general"),
                new CleanupIntervalElapsed(60));
        for (Object event : events) {
            String type = registry.typeOf(event).name();
            assertThat(registry.decode(type, registry.encode(type, event))).isEqualTo(event);
        }
        assertThat(registry.encode(FlightsEvents.FLIGHT_OPENED, events.getFirst()))
                .isEqualTo("{\"icao_address\":\"4840D6\",\"flight_id\":\"4840D6-1795491265\","
                        + "\"first_seen\":\"2026-11-24T03:34:25.123456Z\"}");
        assertThat(registry.closesPartition(FlightsEvents.FLIGHT_CLOSED)).isTrue();
        assertThat(registry.closesPartition(FlightsEvents.FLIGHT_OPENED)).isFalse();
        assertThat(FlightsEvents.INJECTABLE).doesNotContain(FlightsEvents.FLIGHT_OPENED, FlightsEvents.FLIGHT_CLOSED);
    }

    @Test
    void data_that_breaks_a_schema_is_refused() {
        var mapper = JsonMapper.shared();
        assertThat(registry.validate(
                        FlightsEvents.SQUAWK_RECEIVED,
                        mapper.readTree("{\"icao_address\":\"4840d6\",\"squawk\":\"7700\"}")))
                .as("lower-case address")
                .isNotEmpty();
        assertThat(registry.validate(
                        FlightsEvents.SQUAWK_RECEIVED,
                        mapper.readTree("{\"icao_address\":\"4840D6\",\"squawk\":\"7800\"}")))
                .as("8 is not an octal digit")
                .isNotEmpty();
        assertThat(registry.validate(
                        FlightsEvents.EMERGENCY_STATUS_REPORTED,
                        mapper.readTree(
                                "{\"icao_address\":\"4840D6\",\"emergency\":\"reserved\",\"squawk\":\"7700\"}")))
                .isNotEmpty();
        assertThat(registry.validate(
                        FlightsEvents.AIRCRAFT_IDENTIFIED,
                        mapper.readTree(
                                "{\"icao_address\":\"4840D6\",\"callsign\":\"KLM1023\",\"emitter_category\":\"A0\","
                                        + "\"extra\":1}")))
                .as("additional properties")
                .isNotEmpty();
    }
}

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

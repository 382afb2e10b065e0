package dev.contrail.flights;

import dev.contrail.core.event.EventType;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.aircraft.AircraftObservation.VelocityReported;
import java.util.List;

/** The published event types of the flights context; their schemas live in {@code /schemas}. */
public final class FlightsEvents {

    public static final String CONTEXT = "flights";

    public static final String AIRCRAFT_IDENTIFIED = "contrail.flights.aircraft_identified.v1";
    public static final String SQUAWK_RECEIVED = "contrail.flights.squawk_received.v1";
    public static final String POSITION_REPORTED = "contrail.flights.position_reported.v1";
    public static final String VELOCITY_REPORTED = "contrail.flights.velocity_reported.v1";
    public static final String EMERGENCY_STATUS_REPORTED = "contrail.flights.emergency_status_reported.v1";

    public static final List<EventType<?>> TYPES = List.of(
            EventType.of(AIRCRAFT_IDENTIFIED, AircraftIdentified.class),
            EventType.of(SQUAWK_RECEIVED, SquawkReceived.class),
            EventType.of(POSITION_REPORTED, PositionReported.class),
            EventType.of(VELOCITY_REPORTED, VelocityReported.class),
            EventType.of(EMERGENCY_STATUS_REPORTED, EmergencyStatusReported.class));

    private FlightsEvents() {}
}

package dev.contrail.flights;

import dev.contrail.core.event.EventType;
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
import java.util.List;
import java.util.Set;

/** The published event types of the flights context; their schemas live in {@code /schemas}. */
public final class FlightsEvents {

    public static final String CONTEXT = "flights";

    public static final String AIRCRAFT_IDENTIFIED = "contrail.flights.aircraft_identified.v1";
    public static final String SQUAWK_RECEIVED = "contrail.flights.squawk_received.v1";
    public static final String POSITION_REPORTED = "contrail.flights.position_reported.v1";
    public static final String VELOCITY_REPORTED = "contrail.flights.velocity_reported.v1";
    public static final String EMERGENCY_STATUS_REPORTED = "contrail.flights.emergency_status_reported.v1";
    public static final String FLIGHT_OPENED = "contrail.flights.flight_opened.v1";
    public static final String FLIGHT_CLOSED = "contrail.flights.flight_closed.v1";
    public static final String EMERGENCY_DECLARED = "contrail.flights.emergency_declared.v1";
    public static final String EMERGENCY_CLEARED = "contrail.flights.emergency_cleared.v1";
    public static final String CLEANUP_INTERVAL_ELAPSED = "contrail.flights.cleanup_interval_elapsed.v1";

    public static final List<EventType<?>> TYPES = List.of(
            EventType.of(AIRCRAFT_IDENTIFIED, AircraftIdentified.class),
            EventType.of(SQUAWK_RECEIVED, SquawkReceived.class),
            EventType.of(POSITION_REPORTED, PositionReported.class),
            EventType.of(VELOCITY_REPORTED, VelocityReported.class),
            EventType.of(EMERGENCY_STATUS_REPORTED, EmergencyStatusReported.class),
            EventType.of(FLIGHT_OPENED, FlightOpened.class),
            EventType.closing(FLIGHT_CLOSED, FlightClosed.class),
            EventType.of(EMERGENCY_DECLARED, EmergencyDeclared.class),
            EventType.of(EMERGENCY_CLEARED, EmergencyCleared.class),
            EventType.of(CLEANUP_INTERVAL_ELAPSED, CleanupIntervalElapsed.class));

    /**
     * What injectors may send: observations and cleanup ticks. Flights and emergencies are decided
     * by the flight tracks, never injected.
     */
    public static final Set<String> INJECTABLE = Set.of(
            AIRCRAFT_IDENTIFIED,
            SQUAWK_RECEIVED,
            POSITION_REPORTED,
            VELOCITY_REPORTED,
            EMERGENCY_STATUS_REPORTED,
            CLEANUP_INTERVAL_ELAPSED);

    private FlightsEvents() {}
}

package dev.contrail.flights.track;

import dev.contrail.flights.aircraft.AircraftObservation;
import java.time.Instant;

/** What a flight track is asked to decide. Times are event times (when a frame was received). */
public sealed interface FlightTrackCommand {

    /** Record one injected observation of the aircraft, received at {@code at}. */
    record RecordObservation(Instant at, AircraftObservation observation) implements FlightTrackCommand {}

    /** A cleanup tick at {@code at}: close the open flight if it has been silent for longer than the gap. */
    record CloseIfSilent(Instant at) implements FlightTrackCommand {}
}

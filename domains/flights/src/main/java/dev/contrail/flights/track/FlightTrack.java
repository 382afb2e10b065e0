package dev.contrail.flights.track;

import dev.contrail.core.decider.Decider;
import dev.contrail.core.decider.Decision;
import dev.contrail.flights.track.FlightTrackCommand.CloseIfSilent;
import dev.contrail.flights.track.FlightTrackCommand.RecordObservation;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyCleared;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyDeclared;
import dev.contrail.flights.track.FlightTrackEvent.FlightClosed;
import dev.contrail.flights.track.FlightTrackEvent.FlightOpened;
import dev.contrail.flights.track.FlightTrackEvent.Observed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One aircraft's flights, decided from its observations: a flight opens at first contact and
 * after a silence longer than the gap, closes with its summary when a later observation or a
 * cleanup tick shows the silence, and an emergency is declared or cleared once per change of the
 * effective emergency. Silence is measured in event time only; nothing here reads a clock.
 */
public final class FlightTrack implements Decider<FlightTrackCommand, FlightTrackState, FlightTrackEvent> {

    public static final Duration DEFAULT_GAP = Duration.ofMinutes(10);

    private final Duration gap;

    public FlightTrack(Duration gap) {
        if (gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("the gap must be positive: " + gap);
        }
        this.gap = gap;
    }

    public Duration gap() {
        return gap;
    }

    @Override
    public FlightTrackState initialState() {
        return FlightTrackState.INITIAL;
    }

    @Override
    public Decision<FlightTrackEvent> decide(FlightTrackCommand command, FlightTrackState state) {
        return switch (command) {
            case RecordObservation record -> record(record, state);
            case CloseIfSilent tick ->
                new Decision.Accepted<>(
                        silentAt(state, tick.at()) ? List.of(state.openFlight().closed("cleanup")) : List.of());
        };
    }

    private Decision<FlightTrackEvent> record(RecordObservation command, FlightTrackState state) {
        String icao = command.observation().icaoAddress();
        if (state.flightOpen() && !state.openFlight().icaoAddress().equals(icao)) {
            return Decision.reject(
                    "other-aircraft",
                    icao + " observed in the flight track of "
                            + state.openFlight().icaoAddress());
        }
        List<FlightTrackEvent> events = new ArrayList<>();
        FlightTrackState current = state;
        if (silentAt(current, command.at())) {
            current = recorded(current, current.openFlight().closed("silence"), events);
        }
        if (!current.flightOpen()) {
            String flightId = icao + "-" + command.at().getEpochSecond();
            current = recorded(current, new FlightOpened(icao, flightId, command.at()), events);
        }
        String before = current.openFlight().effectiveEmergency();
        current = recorded(current, new Observed(command.at(), command.observation()), events);
        OpenFlight flight = current.openFlight();
        String after = flight.effectiveEmergency();
        if (!after.equals(before)) {
            events.add(
                    "none".equals(after)
                            ? new EmergencyCleared(icao, flight.flightId(), before)
                            : new EmergencyDeclared(icao, flight.flightId(), after, flight.squawk()));
        }
        return new Decision.Accepted<>(events);
    }

    private FlightTrackState recorded(FlightTrackState state, FlightTrackEvent event, List<FlightTrackEvent> events) {
        events.add(event);
        return evolve(state, event);
    }

    private boolean silentAt(FlightTrackState state, Instant at) {
        return state.flightOpen()
                && Duration.between(state.openFlight().lastSeen(), at).compareTo(gap) > 0;
    }

    @Override
    public FlightTrackState evolve(FlightTrackState state, FlightTrackEvent event) {
        return switch (event) {
            case FlightOpened opened ->
                new FlightTrackState(
                        OpenFlight.opened(opened.icaoAddress(), opened.flightId(), opened.firstSeen()), null);
            case Observed observed
            when state.flightOpen() ->
                new FlightTrackState(state.openFlight().observed(observed.at(), observed.observation()), null);
            case FlightClosed closed -> new FlightTrackState(null, closed.lastSeen());
            default -> state; // emergencies follow from the observations; an observation outside a flight is not ours
        };
    }
}

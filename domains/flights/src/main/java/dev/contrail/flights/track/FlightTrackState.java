package dev.contrail.flights.track;

import java.time.Instant;
import java.util.Optional;

/**
 * A flight track's state: the open flight, if any, and when the aircraft was last heard. After a
 * {@code flight_closed} event (the start of a new partition) there is no open flight, and the
 * closing event is all a load needs.
 */
public final class FlightTrackState {

    static final FlightTrackState INITIAL = new FlightTrackState(null, null);

    private final OpenFlight openFlight;
    private final Instant lastSeen;

    FlightTrackState(OpenFlight openFlight, Instant lastSeen) {
        this.openFlight = openFlight;
        this.lastSeen = lastSeen;
    }

    public boolean flightOpen() {
        return openFlight != null;
    }

    public Optional<String> flightId() {
        return Optional.ofNullable(openFlight).map(OpenFlight::flightId);
    }

    /** Event time of the newest observation; empty before the first. */
    public Optional<Instant> lastSeen() {
        return Optional.ofNullable(openFlight != null ? openFlight.lastSeen() : lastSeen);
    }

    OpenFlight openFlight() {
        return openFlight;
    }
}

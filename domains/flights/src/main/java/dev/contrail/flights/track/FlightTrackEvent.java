package dev.contrail.flights.track;

import dev.contrail.flights.aircraft.AircraftObservation;
import java.time.Instant;
import java.util.List;

/**
 * What a flight track records. {@link Observed} stands for the injected observation itself (it is
 * recorded as injected, under its own type); the others are the facts the track derives from
 * observations, published as {@code contrail.flights.*} events.
 */
public sealed interface FlightTrackEvent {

    /** The observation, received at {@code at}, recorded in the aircraft's stream. */
    record Observed(Instant at, AircraftObservation observation) implements FlightTrackEvent {}

    /**
     * First contact, or contact after a silence longer than the gap.
     *
     * @param flightId the ICAO address and the first contact in unix seconds, e.g. {@code 4840D6-1732419265}
     */
    record FlightOpened(String icaoAddress, String flightId, Instant firstSeen) implements FlightTrackEvent {}

    /**
     * The flight ended: the closing event of its partition of the aircraft's stream, carrying
     * the flight's summary forward.
     *
     * @param reason {@code silence} (a later observation came after the gap) or {@code cleanup} (a
     *     cleanup tick found the flight silent for longer than the gap)
     * @param callsigns distinct, in order of first appearance
     * @param maxAltitudeFt {@code null} when no position carried an altitude
     * @param distanceNm great-circle distance along the reported positions
     */
    record FlightClosed(
            String icaoAddress,
            String flightId,
            String reason,
            Instant firstSeen,
            Instant lastSeen,
            List<String> callsigns,
            Integer maxAltitudeFt,
            double distanceNm,
            long messageCount,
            MessageCounts messageCounts)
            implements FlightTrackEvent {

        public FlightClosed {
            callsigns = List.copyOf(callsigns);
        }
    }

    /** Observations of the flight by kind. */
    record MessageCounts(long identifications, long squawks, long positions, long velocities, long emergencyStatuses) {

        static final MessageCounts NONE = new MessageCounts(0, 0, 0, 0, 0);

        long total() {
            return identifications + squawks + positions + velocities + emergencyStatuses;
        }

        MessageCounts plus(AircraftObservation observation) {
            return switch (observation) {
                case AircraftObservation.AircraftIdentified i ->
                    new MessageCounts(identifications + 1, squawks, positions, velocities, emergencyStatuses);
                case AircraftObservation.SquawkReceived s ->
                    new MessageCounts(identifications, squawks + 1, positions, velocities, emergencyStatuses);
                case AircraftObservation.PositionReported p ->
                    new MessageCounts(identifications, squawks, positions + 1, velocities, emergencyStatuses);
                case AircraftObservation.VelocityReported v ->
                    new MessageCounts(identifications, squawks, positions, velocities + 1, emergencyStatuses);
                case AircraftObservation.EmergencyStatusReported e ->
                    new MessageCounts(identifications, squawks, positions, velocities, emergencyStatuses + 1);
            };
        }
    }

    /**
     * The aircraft's effective emergency became {@code emergency}: its emergency/priority status,
     * or else what its squawk means (7500 unlawful, 7600 nordo, 7700 general).
     */
    record EmergencyDeclared(String icaoAddress, String flightId, String emergency, String squawk)
            implements FlightTrackEvent {}

    /** The effective emergency {@code emergency} ended. */
    record EmergencyCleared(String icaoAddress, String flightId, String emergency) implements FlightTrackEvent {}
}

package dev.contrail.command.flights;

import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.event.EventMetadata;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.core.event.EventTypeRegistry.CheckedJson;
import dev.contrail.core.event.RecordedEvent;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.track.FlightTrackEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Translates between the log and the {@code FlightTrack} decider: recorded events become the
 * decider's events when an aircraft is loaded, and the decider's events become envelopes to
 * append. An observation is recorded as injected (its id, time and source); what the decider
 * derives from it gets a deterministic id, so a re-sent batch derives nothing twice.
 */
final class FlightTrackLog {

    private final EventTypeRegistry registry;
    private final String source;

    FlightTrackLog(EventTypeRegistry registry, String source) {
        this.registry = registry;
        this.source = source;
    }

    static String streamOf(String icaoAddress) {
        return "aircraft-" + icaoAddress;
    }

    FlightTrackEvent toDomain(RecordedEvent<String> recorded) {
        Object data = registry.decode(recorded.type(), recorded.data());
        return switch (data) {
            case AircraftObservation observation ->
                new FlightTrackEvent.Observed(recorded.envelope().time(), observation);
            case FlightTrackEvent event -> event;
            default -> throw new IllegalStateException("not an aircraft event: " + recorded.type());
        };
    }

    AircraftObservation observation(EventEnvelope<CheckedJson> injected) {
        return (AircraftObservation)
                registry.decode(injected.type(), injected.data().tree());
    }

    /**
     * The envelope of a decided event. {@code cause} is the injected observation or tick that
     * led to it; an {@code Observed} event is the cause itself.
     */
    EventEnvelope<?> toEnvelope(FlightTrackEvent event, String icaoAddress, EventEnvelope<CheckedJson> cause) {
        if (event instanceof FlightTrackEvent.Observed) {
            return cause;
        }
        String type = registry.typeOf(event).name();
        String correlation = cause.metadata().correlationId() != null
                ? cause.metadata().correlationId()
                : cause.id().toString();
        return new EventEnvelope<>(
                derivedId(cause.id(), type, icaoAddress),
                source,
                type,
                icaoAddress,
                cause.time(),
                event,
                new EventMetadata(
                        correlation, cause.id().toString(), cause.metadata().actor()));
    }

    /** Name-based: the same cause deriving the same fact for the same aircraft always has the same id. */
    static UUID derivedId(UUID cause, String type, String icaoAddress) {
        return UUID.nameUUIDFromBytes((cause + "/" + type + "/" + icaoAddress).getBytes(StandardCharsets.UTF_8));
    }
}

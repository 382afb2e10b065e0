package dev.contrail.adsb.events;

import dev.contrail.core.event.CloudEventAttributes;
import dev.contrail.core.event.EventEnvelope;
import dev.contrail.core.json.EventJson;
import dev.contrail.flights.aircraft.AircraftObservation;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An observation as a CloudEvent (1.0.2). {@code subject} is the ICAO address, {@code time} the
 * frame's receive time, {@code source} names the injector and the receiver. The data is an
 * {@code AircraftObservation}, or the cleanup tick of {@link CleanupTicks}.
 */
public record ObservationEvent(UUID id, String source, String type, String subject, Instant time, Object data) {

    public static final String SOURCE_PREFIX = "/contrail/adsb-injector/";

    public static ObservationEvent of(String receiver, long timeMillis, byte[] frame, AircraftObservation data) {
        String type = ObservationMapper.typeOf(data);
        return new ObservationEvent(
                EventIds.of(receiver, timeMillis, frame, type),
                SOURCE_PREFIX + receiver,
                type,
                data.icaoAddress(),
                Instant.ofEpochMilli(timeMillis),
                data);
    }

    /** Structured content mode: one JSON object with the attributes and the data. */
    public ObjectNode toJsonNode() {
        JsonMapper mapper = EventJson.mapper();
        ObjectNode node = mapper.createObjectNode();
        node.put("specversion", CloudEventAttributes.SPEC_VERSION);
        node.put("id", id.toString());
        node.put("source", source);
        node.put("type", type);
        node.put("subject", subject);
        node.put("time", time.toString());
        node.put("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
        node.set("data", mapper.valueToTree(data));
        return node;
    }

    /** {@link #toJsonNode()} as one line of JSON text (NDJSON-ready: no line breaks). */
    public String toJson() {
        return EventJson.mapper().writeValueAsString(toJsonNode());
    }
}
